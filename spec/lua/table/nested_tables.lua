-- Nested constructors and chained indexing.
local t = { a = { b = { c = "deep" } }, list = { { 1, 2 }, { 3, 4 } } }
print(t.a.b.c) -- expect: deep
print(t.list[2][1]) -- expect: 3
t.a.b.d = "new"
print(t["a"]["b"]["d"]) -- expect: new
local m = {}
for i = 1, 3 do m[i] = {} for j = 1, 3 do m[i][j] = i * j end end
print(m[2][3], m[3][3]) -- expect: 6	9
