-- inserting nil
local t = { 1, 2, 3 }
table.insert(t, nil)
print(#t, t[4])
table.insert(t, 1, nil)
print(#t, t[1], t[2], t[3], t[4])
local u = {}
table.insert(u, nil)
print(#u, next(u))
