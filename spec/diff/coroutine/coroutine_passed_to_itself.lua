-- a coroutine that receives its own handle
local co = coroutine.create(function(self)
  print(coroutine.status(self))
  coroutine.yield(self == coroutine.running())
end)
print(coroutine.resume(co, co))
