-- Tables are shared by reference.
local a = { 1 }
local b = a
b[1] = 99
print(a[1]) -- expect: 99
local function fill(t) t.filled = true end
fill(a)
print(b.filled) -- expect: true
local c = { 1 }
print(a == c, a == b) -- expect: false	true
