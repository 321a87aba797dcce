-- sorting arrays of equal elements and two-valued arrays
local t = {}
for i = 1, 30 do t[i] = 7 end
table.sort(t)
print(table.concat(t, ""))
t = {}
for i = 1, 30 do t[i] = i % 2 end
table.sort(t)
print(table.concat(t, ""))
t = {}
for i = 1, 30 do t[i] = i % 2 end
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, ""))
