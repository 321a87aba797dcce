-- unpack of a sorted table
local t = { 5, 2, 8, 1, 9 }
table.sort(t)
print(unpack(t))
print(unpack(t, 2, 4))
print(math.min(unpack(t)), math.max(unpack(t)))
