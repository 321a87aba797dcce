-- % takes the sign of the divisor
for _, p in ipairs({ { 5, 3 }, { -5, 3 }, { 5, -3 }, { -5, -3 }, { 5.5, -2 }, { -0.5, 1 }, { 3, 0.7 } }) do
  print(p[1], p[2], p[1] % p[2])
end
