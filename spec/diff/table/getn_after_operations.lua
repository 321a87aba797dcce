-- getn tracks inserts and removes
local t = {}
for i = 1, 7 do table.insert(t, i) end
print(table.getn(t))
table.remove(t, 1)
print(table.getn(t))
t[table.getn(t) + 1] = "x"
print(table.getn(t), t[7])
