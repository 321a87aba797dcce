-- scimark_lu: SciMark-style dense LU factorisation with partial pivoting
-- of a 100x100 random matrix (array of row arrays, rows swapped by
-- reference).  Each cycle copies the matrix and factors the copy; the last
-- factorisation then solves A x = b and checks the residual.
-- Size: cycles.
local cycles = tonumber(arg and arg[1]) or 40
local N = 100
local abs = math.abs

local seed = 303
local function rand()
  seed = (seed * 16807) % 2147483647
  return seed / 2147483647
end

local A = {}
for i = 1, N do
  local row = {}
  for j = 1, N do row[j] = rand() end
  A[i] = row
end

local function copy(src, dst)
  for i = 1, N do
    local s, d = src[i], dst[i]
    for j = 1, N do d[j] = s[j] end
  end
end

-- factor M in place; pivot[k] = row swapped into position k
local function factor(M, pivot)
  for j = 1, N do
    -- find the pivot in column j
    local p, best = j, abs(M[j][j])
    for i = j + 1, N do
      local v = abs(M[i][j])
      if v > best then p, best = i, v end
    end
    pivot[j] = p
    if p ~= j then M[p], M[j] = M[j], M[p] end
    local rowj = M[j]
    local d = rowj[j]
    if d == 0 then error("singular matrix") end
    local recp = 1.0 / d
    for i = j + 1, N do
      local rowi = M[i]
      local f = rowi[j] * recp
      rowi[j] = f
      if f ~= 0 then
        for k = j + 1, N do rowi[k] = rowi[k] - f * rowj[k] end
      end
    end
  end
end

local function solve(M, pivot, b)
  local x = {}
  for i = 1, N do x[i] = b[i] end
  for i = 1, N do
    local p = pivot[i]
    x[i], x[p] = x[p], x[i]
  end
  -- forward substitution with unit lower triangle
  for i = 2, N do
    local row, s = M[i], x[i]
    for j = 1, i - 1 do s = s - row[j] * x[j] end
    x[i] = s
  end
  -- back substitution
  for i = N, 1, -1 do
    local row, s = M[i], x[i]
    for j = i + 1, N do s = s - row[j] * x[j] end
    x[i] = s / row[i]
  end
  return x
end

local LU, pivot = {}, {}
for i = 1, N do LU[i] = {} end
local diag = 0.0
for _ = 1, cycles do
  copy(A, LU)
  factor(LU, pivot)
  diag = diag + LU[N][N]
end

local b = {}
for i = 1, N do b[i] = i / N end
local x = solve(LU, pivot, b)
local resid = 0.0
for i = 1, N do
  local s = 0.0
  local row = A[i]
  for j = 1, N do s = s + row[j] * x[j] end
  resid = resid + abs(s - b[i])
end
if resid > 1e-8 then error("residual too large: " .. resid) end
print(string.format("%dx%d, %d factorisations: last pivot sum=%.6f x1=%.6f residual ok",
  N, N, cycles, diag, x[1]))
