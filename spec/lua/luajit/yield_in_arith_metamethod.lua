-- LuaJIT-only behaviour (verified with `luajit`): yield inside arithmetic and comparison handlers.
local co = coroutine.wrap(function()
  local mt = {
    __add = function(a, b) return coroutine.yield("add") end,
    __lt = function(a, b) return coroutine.yield("lt") end,
  }
  local a, b = setmetatable({}, mt), setmetatable({}, mt)
  local s = a + 1
  local c = a < b
  return s, c
end)
print(co()) -- expect: add
print(co(10)) -- expect: lt
print(co(false)) -- expect: 10	false
