-- many inserts and removes at the front
local t = {}
for i = 1, 300 do table.insert(t, 1, i) end
local s = 0
for i = 1, 150 do s = s + table.remove(t, 1) end
print(#t, s, t[1], t[#t])
for i = 1, 150 do table.remove(t) end
print(#t)
