-- math.frexp and math.ldexp are inverses
local vals = { 1, 2, 0.5, 3, -3, 1024, 0.1, 1e300, 1e-300, 5e-324, 0 }
for i = 1, #vals do
  local m, e = math.frexp(vals[i])
  print(vals[i], m, e, math.ldexp(m, e) == vals[i])
end
print(math.ldexp(1, 10), math.ldexp(0.75, -2), math.ldexp(1, 1024), math.ldexp(3, 2.9))
