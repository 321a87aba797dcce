-- coroutine.status argument checks
print(pcall(coroutine.status))
print(pcall(coroutine.status, nil))
print(pcall(coroutine.status, {}))
print(pcall(coroutine.status, print))
print(pcall(coroutine.status, "co"))
