-- popping every element
local t = { "a", "b", "c", "d", "e" }
while #t > 0 do io.write(table.remove(t), " ") end
print(#t)
t = { "a", "b", "c", "d", "e" }
while #t > 0 do io.write(table.remove(t, 1), " ") end
print(#t)
