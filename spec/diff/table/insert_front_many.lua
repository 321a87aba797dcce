-- repeated inserts at the front reverse the order
local t = {}
for i = 1, 30 do table.insert(t, 1, i) end
print(#t, table.concat(t, " "))
for i = 1, 10 do table.insert(t, 5, -i) end
print(#t, table.concat(t, " "))
