-- cosh^2 - sinh^2 and tanh = sinh/cosh
for _, x in ipairs({ 0, 0.5, 1, -1, 2, 5 }) do
  local s, c = math.sinh(x), math.cosh(x)
  print(x, string.format("%.9f", c * c - s * s), string.format("%.12f", math.tanh(x) - s / c))
end
