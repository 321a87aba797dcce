-- a dead coroutine stays dead
local co = coroutine.create(function() return 1 end)
print(coroutine.resume(co))
for i = 1, 3 do print(coroutine.resume(co)) end
print(coroutine.status(co))
