-- the pairs compared, in order, for a small array
local log = {}
local t = { 4, 2, 5, 1, 3 }
table.sort(t, function(a, b) log[#log + 1] = a .. "<" .. b; return a < b end)
print(table.concat(t, " "))
print(table.concat(log, " "))
