-- A constant table constructor yields a new table on every evaluation (TDUP).
local function make() return { 1, 2, 3, x = "x", y = { 4 } } end
local a, b = make(), make()
print(a == b, a.y == b.y) -- expect: false	false
a[1] = 100; a.x = "changed"
print(b[1], b.x, #b) -- expect: 1	x	3
local c = make()
print(c[1], c.x) -- expect: 1	x
