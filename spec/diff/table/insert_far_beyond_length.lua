-- insert at a position beyond the length shifts nothing
local t = { 1, 2 }
table.insert(t, 10, "far")
print(#t == 2 or #t == 10, t[10], t[3])
table.insert(t, 3, "next")
print(t[3], t[4], t[10])
local u = {}
table.insert(u, 0, "zero")
table.insert(u, -5, "neg")
print(#u, u[0], u[-5])
