-- coroutine.wrap needs a Lua function
print(pcall(coroutine.wrap))
print(pcall(coroutine.wrap, print))
print(pcall(coroutine.wrap, 42))
print(type(coroutine.wrap(function() end)))
