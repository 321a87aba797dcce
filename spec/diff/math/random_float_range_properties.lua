-- random() stays in [0, 1) and random(n) in [1, n] over many draws
math.randomseed(11)
local lo, hi = 1, 0
local ilo, ihi = 100, 0
for i = 1, 5000 do
  local r = math.random()
  if r < lo then lo = r end
  if r > hi then hi = r end
  local k = math.random(10)
  if k < ilo then ilo = k end
  if k > ihi then ihi = k end
end
print(lo >= 0, hi < 1, ilo, ihi)
print(string.format("%.8f %.8f", lo, hi))
