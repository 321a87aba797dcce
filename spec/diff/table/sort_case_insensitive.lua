-- comparator through string.lower, ties keep 5.1's order
local t = { "b", "A", "a", "B", "c", "C", "ab", "AB", "Ab" }
table.sort(t, function(a, b) return a:lower() < b:lower() end)
print(table.concat(t, " "))
