-- unpacking a thousand values and too many values
local t = {}
for i = 1, 1000 do t[i] = i end
print(select("#", unpack(t)), select(1000, unpack(t)))
print(pcall(unpack, {}, 1, 1e8))
