-- coroutine.create and wrap need Lua functions
print(pcall(coroutine.create, print))
print(pcall(coroutine.create))
print(pcall(coroutine.wrap, 42))
print(pcall(coroutine.resume, {}))
print(pcall(coroutine.status, nil))
