-- the longest Collatz chain below a bound
local best, bestn = 0, 0
local cache = { [1] = 1 }
local function len(n)
  local c = cache[n]
  if c then return c end
  local nxt = n % 2 == 0 and n / 2 or 3 * n + 1
  c = 1 + len(nxt)
  cache[n] = c
  return c
end
for i = 1, 30000 do
  local l = len(i)
  if l > best then best, bestn = l, i end
end
print(bestn, best)
