-- ldexp(frexp(x)) gives x back
local vals = { 1, -1, 0.1, 3.14159, 1e300, 1e-300, 5e-324, 123456789, -2^60 }
for i = 1, #vals do
  local m, e = math.frexp(vals[i])
  print(vals[i], m, e, math.ldexp(m, e) == vals[i])
end
