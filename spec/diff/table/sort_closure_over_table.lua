-- sorting indices by values of another table
local vals = { 40, 10, 30, 20, 50 }
local idx = { 1, 2, 3, 4, 5 }
table.sort(idx, function(a, b) return vals[a] < vals[b] end)
print(table.concat(idx, " "))
