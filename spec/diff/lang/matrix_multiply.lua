-- multiplying matrices with nested loops
local function mat(n, f)
  local m = {}
  for i = 1, n do m[i] = {} for j = 1, n do m[i][j] = f(i, j) end end
  return m
end
local function mul(a, b, n)
  local c = mat(n, function() return 0 end)
  for i = 1, n do for j = 1, n do
    local s = 0
    for k = 1, n do s = s + a[i][k] * b[k][j] end
    c[i][j] = s
  end end
  return c
end
local n = 30
local a = mat(n, function(i, j) return i + j end)
local b = mat(n, function(i, j) return i - j end)
local c = mul(a, b, n)
print(c[1][1], c[n][n], c[10][20])
