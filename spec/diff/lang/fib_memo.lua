-- memoised and iterative Fibonacci agree
local memo = {}
local function fib(n)
  if n <= 2 then return 1 end
  local v = memo[n]
  if v then return v end
  v = fib(n - 1) + fib(n - 2)
  memo[n] = v
  return v
end
local a, b = 1, 1
for i = 3, 70 do a, b = b, a + b end
print(fib(70), b, fib(70) == b)
for i = 1, 15 do io.write(fib(i), " ") end
print()
