-- fmod truncates, % floors
for _, p in ipairs({ { 5, 3 }, { -5, 3 }, { 5, -3 }, { -5, -3 }, { 5.5, 2 }, { -5.5, 2 }, { 1, 0.3 }, { -1, 0.3 } }) do
  local a, b = p[1], p[2]
  print(a, b, math.fmod(a, b), a % b, a - math.floor(a / b) * b)
end
