-- status is dead after an error; the error value is returned once
local co = coroutine.create(function() error("x", 0) end)
print(coroutine.status(co))
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co))
