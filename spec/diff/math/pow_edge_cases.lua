-- powers with zero, one, negative and fractional exponents
local cases = { { 0, 0 }, { 2, 0 }, { 0, 2 }, { 2, -2 }, { -2, 3 }, { -8, 1 / 3 }, { 4, 0.5 }, { 10, 15 }, { 10, -5 }, { 1, 1 / 0 }, { 2, 1 / 0 }, { 0.5, 1 / 0 }, { 2, 1023 }, { 2, 1024 } }
for i = 1, #cases do
  local a, b = cases[i][1], cases[i][2]
  local r = a ^ b
  print(a, b, r ~= r and "nan" or r, math.pow(a, b) == r or r ~= r)
end
