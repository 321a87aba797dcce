-- frexp of zero, subnormals, powers of two and specials
local z = 0
print(math.frexp(0))
print(math.frexp(-z))
print(math.frexp(1))
print(math.frexp(-1))
print(math.frexp(0.1))
print(math.frexp(1024))
print(math.frexp(5e-324))
print(math.frexp(2.2250738585072014e-308))
print(math.frexp(1.7976931348623157e308))
print(math.frexp(1/0))
print(math.frexp(-1/0))
print(math.frexp(0/0))
