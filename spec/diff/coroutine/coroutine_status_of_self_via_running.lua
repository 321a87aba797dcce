-- status of running() inside nested coroutines
local outer = coroutine.create(function()
  local me = coroutine.running()
  local inner = coroutine.create(function() return coroutine.status(me), coroutine.status(coroutine.running()) end)
  return coroutine.resume(inner)
end)
print(coroutine.resume(outer))
