-- resuming a dead coroutine, directly and through wrap
local co = coroutine.create(function() end)
print(coroutine.resume(co))
print(coroutine.resume(co))
local w = coroutine.wrap(function() return "once" end)
print(w())
print(pcall(w))
