-- the values yielded earlier are not affected by a later error
local co = coroutine.create(function(a) local b = coroutine.yield(a + 1) error("bad " .. b, 0) end)
print(coroutine.resume(co, 1))
print(coroutine.resume(co, "input"))
print(coroutine.resume(co))
