-- division and modulo by zero give infinities and NaN
local z = 0
print(1 / z, -1 / z, 1 / -z, z / z ~= z / z)
print(5 % z, -5 % z, z % z)
print(1 % (1/0), -1 % (1/0), (1/0) % 2)
print(math.fmod(5, z), math.fmod(-5, z))
