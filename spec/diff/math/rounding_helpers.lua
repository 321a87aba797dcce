-- rounding via floor(x + 0.5) and string.format
for _, x in ipairs({ 0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 1e15 + 0.5 }) do
  print(x, math.floor(x + 0.5), string.format("%.0f", x), string.format("%.2f", x))
end
