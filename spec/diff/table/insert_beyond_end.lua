-- table.insert with a position past the end (5.1 accepts it)
local t = { 1, 2, 3 }
table.insert(t, 5, "x")
print(t[4], t[5], table.maxn(t))
