-- LuaJIT-only behaviour (verified with `luajit`): yield inside __concat and __call handlers.
local co = coroutine.wrap(function()
  local t = setmetatable({}, {
    __concat = function(a, b) return coroutine.yield("concat") end,
    __call = function(self, x) return coroutine.yield("call " .. x) end,
  })
  local s = "a" .. t .. "b"
  local r = t("arg")
  return s, r
end)
print(co()) -- expect: concat
print(co("X")) -- expect: call arg
print(co("R")) -- expect: aX	R
