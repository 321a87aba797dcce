-- permute: generate every permutation of n = 8 elements by recursive
-- swapping (Heap-style), folding each one into a checksum.
-- Size: repetitions (an optional second argument changes n).
local reps = tonumber(arg and arg[1]) or 10
local n = tonumber(arg and arg[2]) or 8

local a = {}
for i = 1, n do a[i] = i end
local count = 0
local sum = 0

local function visit()
  count = count + 1
  -- fold the first, second and last slot into the checksum
  sum = (sum + a[1] * 100 + a[2] * 10 + a[n]) % 1000000007
end

local function permute(k)
  if k == 1 then
    visit()
    return
  end
  for i = 1, k - 1 do
    permute(k - 1)
    local j
    if k % 2 == 0 then j = i else j = 1 end
    a[j], a[k] = a[k], a[j]
  end
  permute(k - 1)
end

for _ = 1, reps do permute(n) end
local order = {}
for i = 1, n do order[i] = string.format("%d", a[i]) end
print(string.format("permutations=%d checksum=%d", count, sum))
print("final order: " .. table.concat(order, " "))
