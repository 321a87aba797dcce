-- nsieve: the sieve of Eratosthenes over flag arrays of 10000 * 2^k
-- entries for k = n, n-1, n-2 (the array is reused), counting primes.
-- Size: n (work roughly doubles per step).
local n = tonumber(arg and arg[1]) or 8

local flags = {}

local function sieve(m)
  for i = 2, m do flags[i] = true end
  local count = 0
  for i = 2, m do
    if flags[i] then
      count = count + 1
      for j = i + i, m, i do flags[j] = false end
    end
  end
  return count
end

for k = n, n - 2, -1 do
  if k >= 0 then
    local m = 10000
    for _ = 1, k do m = m * 2 end
    print(string.format("Primes up to %8d %8d", m, sieve(m)))
  end
end
