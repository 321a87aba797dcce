-- sin^2 + cos^2 and tan = sin/cos at sample points
for _, x in ipairs({ 0.1, 0.5, 1, 2, 3, -1.25 }) do
  local s, c = math.sin(x), math.cos(x)
  print(x, string.format("%.12f", s * s + c * c), string.format("%.12f", math.tan(x) - s / c))
end
