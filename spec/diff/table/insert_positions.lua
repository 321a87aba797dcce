-- table.insert at the front, middle and end
local t = {}
table.insert(t, "a")
table.insert(t, 1, "b")
table.insert(t, 2, "c")
table.insert(t, #t + 1, "d")
print(#t, table.concat(t, ","))
for i = 1, 5 do table.insert(t, 1, i) end
print(#t, table.concat(t, ","))
