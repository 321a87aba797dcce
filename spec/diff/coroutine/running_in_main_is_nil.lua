-- coroutine.running returns nil in the main thread in 5.1
print(coroutine.running())
print(select("#", coroutine.running()))
local co = coroutine.create(function() return coroutine.running() end)
local ok, r = coroutine.resume(co)
print(ok, r == co, type(r))
