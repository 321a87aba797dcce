-- numeric strings sort as strings unless converted
local s = { "10", "9", "100", "1" }
table.sort(s)
print(table.concat(s, " "))
table.sort(s, function(a, b) return tonumber(a) < tonumber(b) end)
print(table.concat(s, " "))
