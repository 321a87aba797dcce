-- table.concat of many items
local t = {}
for i = 1, 5000 do t[i] = i % 10 end
local s = table.concat(t)
print(#s, s:sub(1, 12), s:sub(-12))
print(#table.concat(t, ", "))
