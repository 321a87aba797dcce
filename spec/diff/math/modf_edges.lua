-- modf splits into integral and fractional parts with signs
local z = 0
print(math.modf(3.75))
print(math.modf(-3.75))
print(math.modf(5))
print(math.modf(-5))
print(math.modf(-z))
print(math.modf(1/0))
print(math.modf(-1/0))
print(math.modf(0/0))
print(math.modf(2^53 + 2))
print(math.modf(1e-310))
print(select("#", math.modf(1.5)))
