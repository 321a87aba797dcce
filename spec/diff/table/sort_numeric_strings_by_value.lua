-- strings sorted numerically via tonumber
local t = { "10", "9", "100", "1.5", "-2", "0x10", "1e1" }
table.sort(t, function(a, b) return tonumber(a) < tonumber(b) end)
print(table.concat(t, " "))
table.sort(t)
print(table.concat(t, " "))
