-- false elements are moved like any other value
local t = { false, "a", false, "b" }
print(table.remove(t, 1))
print(#t, t[1], t[2], t[3], t[4])
print(table.remove(t))
print(#t, t[1], t[2], t[3])
