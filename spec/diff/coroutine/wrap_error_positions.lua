-- wrap adds the caller's position to string errors
local w = coroutine.wrap(function() error("boom") end)
print(pcall(w))
local w2 = coroutine.wrap(function() error("no pos", 0) end)
print(pcall(w2))
local w3 = coroutine.wrap(function() error({ "table" }) end)
local ok, e = pcall(w3)
print(ok, type(e), e[1])
