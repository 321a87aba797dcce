-- a coroutine is dead after returning and after erroring
local a = coroutine.create(function() end)
local b = coroutine.create(function() error("x") end)
coroutine.resume(a)
coroutine.resume(b)
print(coroutine.status(a), coroutine.status(b))
print(coroutine.resume(a))
print(coroutine.resume(b))
