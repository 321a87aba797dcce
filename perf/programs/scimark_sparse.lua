-- scimark_sparse: SciMark-style sparse matrix times vector in compressed
-- row storage: a 1000x1000 matrix with 5 non-zeros per row at evenly
-- spread columns, multiplied into a vector repeatedly.  Size: cycles.
local cycles = tonumber(arg and arg[1]) or 2000
local N = 1000
local NZ = 5000

local seed = 404
local function rand()
  seed = (seed * 16807) % 2147483647
  return seed / 2147483647
end

-- CSR arrays: row i's entries are val[rowStart[i] .. rowStart[i+1]-1]
local perRow = NZ / N
local val, col, rowStart = {}, {}, {}
local k = 1
for i = 1, N do
  rowStart[i] = k
  local step = math.floor(i / perRow)
  if step < 1 then step = 1 end
  for j = 0, perRow - 1 do
    col[k] = (j * step) % N + 1
    val[k] = rand()
    k = k + 1
  end
end
rowStart[N + 1] = k

local x, y = {}, {}
for i = 1, N do x[i] = rand(); y[i] = 0.0 end

for _ = 1, cycles do
  for i = 1, N do
    local s = 0.0
    for p = rowStart[i], rowStart[i + 1] - 1 do
      s = s + val[p] * x[col[p]]
    end
    y[i] = s
  end
end

local sum = 0.0
for i = 1, N do sum = sum + y[i] end
print(string.format("%dx%d, %d non-zeros, %d products: sum=%.9f", N, N, NZ, cycles, sum))
