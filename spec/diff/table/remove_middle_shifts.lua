-- removing from the middle shifts the tail down
local t = {}
for i = 1, 10 do t[i] = i * 10 end
print(table.remove(t, 5), #t, table.concat(t, " "))
print(table.remove(t, 1), #t, table.concat(t, " "))
print(table.remove(t, #t), #t, table.concat(t, " "))
print(table.remove(t, 4), #t, table.concat(t, " "))
