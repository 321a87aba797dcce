-- coroutine.running returns the running coroutine, or nil on the main thread (5.1).
print(coroutine.running()) -- expect: nil
local co
co = coroutine.create(function() return coroutine.running() == co end)
print(coroutine.resume(co)) -- expect: true	true
