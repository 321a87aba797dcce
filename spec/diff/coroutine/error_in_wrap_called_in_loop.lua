-- an error on the third call of a wrap generator
local g = coroutine.wrap(function() coroutine.yield(1) coroutine.yield(2) error("third", 0) end)
for i = 1, 4 do print(i, pcall(g)) end
