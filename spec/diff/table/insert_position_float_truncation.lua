-- positions are truncated like luaL_checkint
local t = { "a", "b", "c" }
table.insert(t, 2.9, "x")
print(table.concat(t, ","))
table.insert(t, -0.5, "y")
print(table.concat(t, ","), t[0])
print(table.remove(t, 1.5), table.concat(t, ","))
