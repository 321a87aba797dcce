-- deg and rad multiply by the same constants as C
print(math.deg(math.pi), math.rad(180), math.deg(1), math.rad(1))
print(string.format("%.17g %.17g", math.deg(1), math.rad(1)))
print(string.format("%.17g %.17g", math.deg(0.1), math.rad(0.1)))
local z = 0
print(math.deg(1/0), math.rad(-1/0), math.deg(-z))
for i = 0, 360, 45 do io.write(string.format("%.17g ", math.rad(i))) end
print()
