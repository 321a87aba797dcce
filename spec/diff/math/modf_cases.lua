-- math.modf splits into integral and fractional parts
local vals = { 3.75, -3.75, 5, -5, 0.5, -0.5, 1e300, 1 / 0, -1 / 0, 123.456 }
for i = 1, #vals do print(vals[i], math.modf(vals[i])) end
