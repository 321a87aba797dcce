-- a coroutine that resumed another one is normal
local a, b
a = coroutine.create(function()
  coroutine.resume(b)
  return "a done"
end)
b = coroutine.create(function()
  print("a is", coroutine.status(a), "b is", coroutine.status(b))
  print(coroutine.resume(a))
end)
print(coroutine.resume(a))
