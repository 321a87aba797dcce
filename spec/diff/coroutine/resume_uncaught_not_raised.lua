-- resume never raises, even for errors in the body
local co = coroutine.create(function() local t = nil; t.x = 1 end)
print(coroutine.resume(co))
print("still running")
