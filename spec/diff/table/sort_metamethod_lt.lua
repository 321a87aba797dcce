-- the default order uses __lt
local mt = { __lt = function(a, b) return a.v < b.v end }
local t = {}
local vals = { 5, 3, 9, 1, 7, 2 }
for i = 1, #vals do t[i] = setmetatable({ v = vals[i] }, mt) end
table.sort(t)
for i = 1, #t do io.write(t[i].v, " ") end
print()
local calls = 0
mt.__lt = function(a, b) calls = calls + 1; return a.v > b.v end
table.sort(t)
for i = 1, #t do io.write(t[i].v, " ") end
print(calls)
