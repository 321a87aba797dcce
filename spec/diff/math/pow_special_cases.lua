-- C99 pow special cases through ^ and math.pow
local z = 0
print((-1) ^ (1/0), (-1) ^ (-1/0), 1 ^ (0/0), (0/0) ^ 0, 1 ^ (1/0))
print(z ^ -1, (-z) ^ -1, (-z) ^ -2, (-z) ^ 3, z ^ 0)
print((-8) ^ (1/3), (-2) ^ 0.5, (-2) ^ 3, (-2) ^ -3)
print(2 ^ 1024, 2 ^ -1075, (-2) ^ 1025, 0.5 ^ (1/0), 2 ^ (-1/0))
print(math.pow(-1, 1/0), math.pow(1, 0/0), math.pow(0/0, 0))
