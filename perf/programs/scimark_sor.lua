-- scimark_sor: SciMark-style successive over-relaxation: Gauss-Seidel
-- sweeps with omega = 1.25 over the interior of a 100x100 grid held as an
-- array of row arrays.  Size: number of sweeps.
local cycles = tonumber(arg and arg[1]) or 300
local N = 100
local OMEGA = 1.25

local seed = 202
local function rand()
  seed = (seed * 16807) % 2147483647
  return seed / 2147483647
end

local G = {}
for i = 1, N do
  local row = {}
  for j = 1, N do row[j] = rand() end
  G[i] = row
end

local q = OMEGA * 0.25
local r = 1.0 - OMEGA
for _ = 1, cycles do
  for i = 2, N - 1 do
    local up, row, down = G[i - 1], G[i], G[i + 1]
    for j = 2, N - 1 do
      row[j] = q * (up[j] + down[j] + row[j - 1] + row[j + 1]) + r * row[j]
    end
  end
end

local sum = 0.0
for i = 1, N do
  local row = G[i]
  for j = 1, N do sum = sum + row[j] end
end
print(string.format("%dx%d grid, %d sweeps: sum=%.9f centre=%.9f", N, N, cycles, sum, G[50][50]))
