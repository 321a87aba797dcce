-- error levels inside a coroutine point at Lua callers
local function check(x) if not x then error("check failed", 2) end end
local co = coroutine.create(function()
  check(true)
  check(false)
end)
print(coroutine.resume(co))
co = coroutine.create(function() error("lvl1", 1) end)
print(coroutine.resume(co))
