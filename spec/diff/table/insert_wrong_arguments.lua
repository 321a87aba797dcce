-- table.insert argument errors
print(pcall(table.insert))
print(pcall(table.insert, {}))
print(pcall(table.insert, {}, 1, 2, 3))
print(pcall(table.insert, nil, 1))
print(pcall(table.insert, "s", 1))
print(pcall(table.insert, {}, "x", 1))
print(pcall(table.insert, {}, {}, 1))
local t = { "a", "b" }
table.insert(t, 1.7, "f")
print(table.concat(t, ","))
table.insert(t, "2", "s")
print(table.concat(t, ","))
print(select("#", table.insert(t, "z")))
