-- coroutine values are threads, comparable and usable as keys
local a = coroutine.create(function() end)
local b = coroutine.create(function() end)
print(type(a), a == a, a == b, rawequal(a, b))
local t = { [a] = "first", [b] = "second" }
print(t[a], t[b])
print(tostring(a):match("^thread: ") ~= nil)
