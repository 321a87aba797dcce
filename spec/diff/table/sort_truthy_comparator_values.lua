-- any true value from the comparator means less
local t = { 5, 3, 8, 1 }
table.sort(t, function(a, b) if a < b then return 0 end return false end)
print(table.concat(t, " "))
t = { 5, 3, 8, 1 }
table.sort(t, function(a, b) if a > b then return "yes" end end)
print(table.concat(t, " "))
