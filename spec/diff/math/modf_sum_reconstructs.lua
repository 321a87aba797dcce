-- integral + fractional part equals the input
for _, v in ipairs({ 3.25, -3.25, 0.1, -0.1, 1e15 + 0.5, 123456.789, -0.999 }) do
  local i, f = math.modf(v)
  print(v, i, f, i + f == v)
end
