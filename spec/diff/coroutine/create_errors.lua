-- coroutine.create needs a Lua function
print(pcall(coroutine.create))
print(pcall(coroutine.create, nil))
print(pcall(coroutine.create, print))
print(pcall(coroutine.create, {}))
print(pcall(coroutine.create, setmetatable({}, { __call = function() end })))
print(type(coroutine.create(function() end)))
