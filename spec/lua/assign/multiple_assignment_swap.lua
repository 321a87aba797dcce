-- All right-hand values are evaluated before any assignment.
local a, b = 1, 2
a, b = b, a
print(a, b) -- expect: 2	1
local x, y, z = "x", "y", "z"
x, y, z = z, x, y
print(x, y, z) -- expect: z	x	y
local t = { 1, 2 }
t[1], t[2] = t[2], t[1]
print(t[1], t[2]) -- expect: 2	1
