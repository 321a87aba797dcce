-- removing duplicates from a sorted list
local t = { 5, 3, 5, 1, 3, 3, 9, 1 }
table.sort(t)
local u = {}
for i = 1, #t do if t[i] ~= u[#u] then u[#u + 1] = t[i] end end
print(table.concat(u, " "))
