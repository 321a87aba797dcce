-- an in-place quicksort on pseudo-random data
local function qsort(t, lo, hi)
  if lo >= hi then return end
  local p = t[math.floor((lo + hi) / 2)]
  local i, j = lo, hi
  while i <= j do
    while t[i] < p do i = i + 1 end
    while t[j] > p do j = j - 1 end
    if i <= j then t[i], t[j] = t[j], t[i]; i = i + 1; j = j - 1 end
  end
  qsort(t, lo, j); qsort(t, i, hi)
end
local t, seed = {}, 42
for i = 1, 2000 do seed = (seed * 1103515245 + 12345) % 2147483648; t[i] = seed % 10000 end
qsort(t, 1, #t)
local ok = true
for i = 2, #t do if t[i - 1] > t[i] then ok = false end end
print(ok, t[1], t[1000], t[2000])
