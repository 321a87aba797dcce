-- status strings are plain strings
local co = coroutine.create(function() end)
local s = coroutine.status(co)
print(type(s), s, #s, s == "suspended")
coroutine.resume(co)
print(coroutine.status(co):upper())
