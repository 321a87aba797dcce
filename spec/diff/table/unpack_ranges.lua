-- unpack with explicit ranges
local t = { 1, 2, 3, 4, 5 }
print(unpack(t))
print(unpack(t, 3))
print(unpack(t, 2, 4))
print(unpack(t, 4, 8))
print(select("#", unpack(t, 5, 4)))
print(unpack(t, -1, 1))
print(unpack({ n = 3 }, 1, 3))
