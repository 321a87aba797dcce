-- ipairs over a long array many times
local t = {}
for i = 1, 1000 do t[i] = i % 17 end
local s = 0
for r = 1, 20 do for i, v in ipairs(t) do s = s + v * (i % 2) end end
print(s)
