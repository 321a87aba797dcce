-- spectralnorm: the spectral norm of the infinite matrix
-- a(i,j) = 1 / ((i+j)(i+j+1)/2 + i + 1), truncated to n x n, estimated by ten
-- rounds of the power method on A^T A.  Size: n (work grows with n^2).
local n = tonumber(arg and arg[1]) or 500

local function a(i, j)
  local ij = i + j
  return 1.0 / (ij * (ij + 1) * 0.5 + i + 1)
end

-- out = A * v  (indices are 0-based in the formula, 1-based in the arrays)
local function mulAv(v, out)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do s = s + a(i, j) * v[j + 1] end
    out[i + 1] = s
  end
end

-- out = A^T * v
local function mulAtv(v, out)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do s = s + a(j, i) * v[j + 1] end
    out[i + 1] = s
  end
end

local function mulAtAv(v, out, tmp)
  mulAv(v, tmp)
  mulAtv(tmp, out)
end

local u, v, tmp = {}, {}, {}
for i = 1, n do u[i] = 1.0; v[i] = 0.0; tmp[i] = 0.0 end
for _ = 1, 10 do
  mulAtAv(u, v, tmp)
  mulAtAv(v, u, tmp)
end
local vBv, vv = 0.0, 0.0
for i = 1, n do
  vBv = vBv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(string.format("%.9f", math.sqrt(vBv / vv)))
