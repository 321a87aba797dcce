-- integers and floats sort together
local t = { 3, 1.5, -2, 0, 2.25, -0.5, 1e10, -1e10, 1/0, -1/0 }
table.sort(t)
print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
