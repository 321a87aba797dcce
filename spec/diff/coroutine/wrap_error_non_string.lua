-- non-string errors pass through wrap unchanged
local w = coroutine.wrap(function() error({ k = "v" }) end)
local ok, e = pcall(w)
print(ok, type(e), e.k)
w = coroutine.wrap(function() error(12) end)
print(pcall(w))
w = coroutine.wrap(function() error() end)
print(pcall(w))
