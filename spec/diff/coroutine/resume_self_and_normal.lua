-- resuming a running or normal coroutine fails
local a, b
a = coroutine.create(function()
  print("self", coroutine.resume(a))
  print("b", coroutine.resume(b))
end)
b = coroutine.create(function()
  print("a from b", coroutine.resume(a))
  coroutine.yield()
end)
print(coroutine.resume(a))
print(coroutine.status(a), coroutine.status(b))
