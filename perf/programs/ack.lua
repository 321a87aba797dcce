-- ack: the Ackermann function A(3, k) for k = 1..n, plus a sweep of A(2, k).
-- Exercises deep, non-tail recursion (call depth reaches about 2^(n+3)).
-- Size: n (work grows by ~4x per step).
local n = tonumber(arg and arg[1]) or 8

local function ack(m, k)
  if m == 0 then return k + 1 end
  if k == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, k - 1))
end

local sweep = 0
for k = 0, 200 do sweep = sweep + ack(2, k) end
print(string.format("ack(2, 0..200) sum = %d", sweep))
for k = 1, n do
  print(string.format("ack(3, %d) = %d", k, ack(3, k)))
end
