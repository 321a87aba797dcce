-- heapsort: sort n pseudo-random floats in place with a binary max-heap,
-- then verify order and fold a sample into a checksum.
-- Size: number of elements.
local n = tonumber(arg and arg[1]) or 100000

-- Park-Miller minimal standard generator: exact in doubles and in 5.4 ints.
local seed = 42
local function rand()
  seed = (seed * 16807) % 2147483647
  return seed / 2147483647
end

local function sift(a, start, last)
  local root = start
  while true do
    local child = root * 2
    if child > last then return end
    if child < last and a[child] < a[child + 1] then child = child + 1 end
    if a[root] < a[child] then
      a[root], a[child] = a[child], a[root]
      root = child
    else
      return
    end
  end
end

local function heapsort(a, count)
  for start = math.floor(count / 2), 1, -1 do sift(a, start, count) end
  for last = count, 2, -1 do
    a[1], a[last] = a[last], a[1]
    sift(a, 1, last - 1)
  end
end

local a = {}
for i = 1, n do a[i] = rand() end
heapsort(a, n)
for i = 1, n - 1 do
  if a[i] > a[i + 1] then error("not sorted at " .. i) end
end
local sample = 0
local step = math.floor(n / 10)
if step < 1 then step = 1 end
for i = 1, n, step do sample = sample + a[i] end
print(string.format("n=%d min=%.10f max=%.10f sample=%.10f", n, a[1], a[n], sample))
