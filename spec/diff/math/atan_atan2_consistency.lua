-- atan(y/x) versus atan2(y, x) in each quadrant
for _, p in ipairs({ { 1, 1 }, { 1, -1 }, { -1, -1 }, { -1, 1 }, { 0, 1 }, { 1, 0 }, { 0, -1 }, { -1, 0 } }) do
  local y, x = p[1], p[2]
  print(y, x, string.format("%.10f", math.atan2(y, x)), x ~= 0 and string.format("%.10f", math.atan(y / x)) or "-")
end
