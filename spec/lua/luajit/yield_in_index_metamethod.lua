-- LuaJIT-only behaviour (verified with `luajit`): yield inside __index / __newindex handlers.
local co = coroutine.wrap(function()
  local t = setmetatable({}, {
    __index = function(_, k) return coroutine.yield("index " .. k) end,
    __newindex = function(t, k, v) coroutine.yield("newindex " .. k); rawset(t, k, v) end,
  })
  local got = t.foo
  t.bar = got
  return rawget(t, "bar")
end)
print(co()) -- expect: index foo
print(co("value")) -- expect: newindex bar
print(co()) -- expect: value
