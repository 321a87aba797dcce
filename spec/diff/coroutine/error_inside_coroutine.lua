-- a runtime error kills the coroutine
local co = coroutine.create(function()
  coroutine.yield("first")
  local t = nil
  return t.x
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co))
