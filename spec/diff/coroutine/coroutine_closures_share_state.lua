-- closures created inside a coroutine keep working after it dies
local getter
local co = coroutine.create(function()
  local x = 1
  getter = function() return x end
  x = coroutine.yield()
  x = x * 2
end)
coroutine.resume(co)
print(getter())
coroutine.resume(co, 21)
print(getter(), coroutine.status(co))
