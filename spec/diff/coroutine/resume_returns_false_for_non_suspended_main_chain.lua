-- a chain where the innermost tries to resume the outermost
local a, b, c
a = coroutine.create(function() return coroutine.resume(b) end)
b = coroutine.create(function() return coroutine.resume(c) end)
c = coroutine.create(function() return coroutine.resume(a) end)
print(coroutine.resume(a))
print(coroutine.status(a), coroutine.status(b), coroutine.status(c))
