-- yield inside an inner wrap goes to the inner caller only
local outer = coroutine.wrap(function()
  local inner = coroutine.wrap(function() coroutine.yield("inner1") coroutine.yield("inner2") end)
  coroutine.yield("outer got " .. inner())
  coroutine.yield("outer got " .. inner())
  return "outer done"
end)
print(outer())
print(outer())
print(outer())
