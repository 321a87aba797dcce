-- infinities sort at the ends
local t = { 1, -1/0, 0, 1/0, -5, 1e308, -1e308 }
table.sort(t)
print(table.concat(t, " "))
