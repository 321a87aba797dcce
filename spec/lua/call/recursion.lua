-- Plain (non-tail) recursion.
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(20)) -- expect: 6765
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(5000)) -- expect: 5000
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print(ack(2, 3)) -- expect: 9
