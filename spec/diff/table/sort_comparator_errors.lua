-- errors and odd results from comparators
print(pcall(table.sort, { 1, 2, 3 }, function(a, b) error("cmp failed") end))
print(pcall(table.sort, { 1, 2, 3 }, function(a, b) error({}) end) == false)
local t = { 3, 1, 2 }
table.sort(t, function(a, b) return nil end)
print(table.concat(t, " "))
t = { 3, 1, 2 }
table.sort(t, function(a, b) if a < b then return 1 end end)
print(table.concat(t, " "))
t = { 3, 1, 2 }
print(pcall(table.sort, t, function(a, b) return a.x < b.x end))
