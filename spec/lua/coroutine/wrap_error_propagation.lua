-- An error inside a wrapped coroutine propagates to the caller of the wrapper.
local f = coroutine.wrap(function() error("inside") end)
local ok, e = pcall(f)
print(ok, (e:gsub("[^%s:]+:%d+: ", ""))) -- expect: false	inside
local g = coroutine.wrap(function() error({ code = 7 }) end)
local ok2, e2 = pcall(g)
print(ok2, type(e2), e2.code) -- expect: false	table	7
local h = coroutine.wrap(function() error("lvl0", 0) end)
print(pcall(h)) -- expect: false	lvl0
