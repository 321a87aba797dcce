-- resuming a running or normal coroutine fails
local main_co
main_co = coroutine.create(function()
  print(coroutine.resume(main_co))
  local inner = coroutine.create(function() print(coroutine.resume(main_co)) end)
  coroutine.resume(inner)
end)
coroutine.resume(main_co)
