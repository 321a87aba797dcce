-- floor-based integer division of negative numbers
for _, p in ipairs({ { 7, 2 }, { -7, 2 }, { 7, -2 }, { -7, -2 }, { 1, 3 }, { -1, 3 } }) do
  local a, b = p[1], p[2]
  print(a, b, math.floor(a / b), a % b, math.floor(a / b) * b + a % b == a)
end
