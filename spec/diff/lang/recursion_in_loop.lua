-- calling a recursive function from a hot loop
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
local s = 0
for i = 1, 20 do s = s + fib(i) end
print(s)
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
local d = 0
for i = 1, 200 do d = d + depth(i) end
print(d)
