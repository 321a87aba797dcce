-- sorting numbers, including negatives and floats
local t = { 3, -1, 2.5, 0, -7.25, 100, 1e10, -1e10, 2, 2 }
table.sort(t)
print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
