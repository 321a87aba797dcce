-- min and max over argument lists
print(math.min(3), math.max(3))
print(math.min(3, 1, 2), math.max(3, 1, 2))
print(math.min(-1/0, 1/0), math.max(-1/0, 1/0))
local z = 0
print(math.min(z, -z), math.max(z, -z), math.min(-z, z), math.max(-z, z))
print(math.min("10", 9), math.max("10", 9), type(math.max("10", 9)))
print(math.min(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0), math.max(-5, -4, -3))
