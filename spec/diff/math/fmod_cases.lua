-- math.fmod keeps the sign of the dividend
local pairs_ = { { 7, 3 }, { -7, 3 }, { 7, -3 }, { -7, -3 }, { 5.5, 2 }, { -5.5, 2 }, { 1, 0.1 }, { 3, 1 / 0 }, { 0, 5 } }
for i = 1, #pairs_ do
  local a, b = pairs_[i][1], pairs_[i][2]
  local m = a % b
  print(a, b, math.fmod(a, b), m ~= m and "nan" or m)
end
local r = math.fmod(1, 0)
print(r ~= r)
