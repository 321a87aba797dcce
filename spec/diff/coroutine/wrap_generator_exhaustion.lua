-- a wrap generator used in a for loop stops at nil, then is dead
local g = coroutine.wrap(function() coroutine.yield(1) coroutine.yield(2) end)
for v in g do print(v) end
print(pcall(g))
