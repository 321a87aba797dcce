-- a generator yielding nil ends the for loop early
local g = coroutine.wrap(function() coroutine.yield(1) coroutine.yield(nil) coroutine.yield(3) end)
for v in g do print(v) end
print(g())
