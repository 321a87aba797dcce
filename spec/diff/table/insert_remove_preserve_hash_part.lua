-- insert and remove do not touch non-integer keys
local t = { 1, 2, 3, name = "n", [1.5] = "f" }
table.insert(t, 2, "x")
table.remove(t, 1)
print(t.name, t[1.5], table.concat(t, ","))
