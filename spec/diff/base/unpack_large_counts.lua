-- unpack of long arrays
local t = {}
for i = 1, 250 do t[i] = i end
print(select("#", unpack(t)))
print(select(250, unpack(t)))
local s = 0
for _, v in ipairs({ unpack(t, 100, 200) }) do s = s + v end
print(s)
print(math.max(unpack(t)))
