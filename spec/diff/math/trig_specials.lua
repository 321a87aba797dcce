-- trig functions at zero, signed zero, infinities and NaN
local z = 0
print(math.sin(0), math.sin(-z), math.cos(0), math.tan(-z))
print(math.sin(1/0), math.cos(-1/0), math.tan(1/0))
print(math.asin(2), math.acos(-2), math.asin(-z), math.atan(-z))
print(math.atan(1/0) == math.pi / 2, math.atan(-1/0) == -math.pi / 2)
print(math.sinh(-z), math.tanh(-z), math.cosh(0), math.tanh(1/0), math.tanh(-1/0), math.sinh(-1/0))
