-- thousands of appends and the resulting sum
local t = {}
for i = 1, 10000 do table.insert(t, i) end
local s = 0
for i = 1, #t do s = s + t[i] end
print(#t, s)
for i = 1, 5000 do table.remove(t) end
print(#t, t[#t])
