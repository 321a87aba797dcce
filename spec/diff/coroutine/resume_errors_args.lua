-- coroutine.resume argument checks
print(pcall(coroutine.resume))
print(pcall(coroutine.resume, nil))
print(pcall(coroutine.resume, {}))
print(pcall(coroutine.resume, function() end))
print(coroutine.resume(coroutine.create(function() end)))
