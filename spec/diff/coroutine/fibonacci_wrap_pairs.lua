-- a generator of fibonacci pairs
local fib = coroutine.wrap(function() local a, b = 0, 1 while true do coroutine.yield(a, b) a, b = b, a + b end end)
for i = 1, 12 do print(fib()) end
