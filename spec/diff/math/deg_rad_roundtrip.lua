-- deg(rad(x)) returns x for common angles
for _, d in ipairs({ 0, 30, 45, 60, 90, 180, 270, 360, -90, 720 }) do
  local r = math.rad(d)
  print(d, string.format("%.12f", r), math.deg(r), math.deg(r) == d)
end
