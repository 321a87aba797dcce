-- sqrt(x) and x^0.5 agree on exact squares
for _, v in ipairs({ 0, 1, 4, 9, 2.25, 1e10, 1e-10, 2 }) do
  print(v, math.sqrt(v), v ^ 0.5, math.sqrt(v) == v ^ 0.5)
end
