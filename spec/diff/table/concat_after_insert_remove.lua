-- concat sees the current array content
local t = { "a", "b", "c" }
table.insert(t, 2, "X")
print(table.concat(t))
table.remove(t, 1)
print(table.concat(t))
table.insert(t, "Z")
print(table.concat(t, "-"))
print(table.concat(t, "-", 2))
print(table.concat(t, "-", 2, 3))
