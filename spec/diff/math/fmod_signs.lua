-- fmod keeps the sign of the dividend
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7, -3))
print(math.fmod(7.5, 2), math.fmod(-7.5, 2), math.fmod(0.3, 0.1))
local z = 0
print(math.fmod(-z, 3), math.fmod(z, -3), math.fmod(3, 1/0), math.fmod(-3, -1/0))
print(math.fmod(1/0, 3), math.fmod(3, 0), math.fmod(0/0, 1))
print(math.fmod(2^53, 3), math.fmod(1e300, 7), math.fmod(-1e300, 7))
