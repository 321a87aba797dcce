-- fib: naive doubly recursive Fibonacci.
-- Exercises Lua-to-Lua calls and returns with tiny frames.
-- Size: n (work grows by ~1.6x per step).
local n = tonumber(arg and arg[1]) or 30

local function fib(k)
  if k < 2 then return k end
  return fib(k - 1) + fib(k - 2)
end

print(string.format("fib(%d) = %d", n, fib(n)))
