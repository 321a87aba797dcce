-- concat builds long strings
local t = {}
for i = 1, 1000 do t[i] = i % 10 end
local s = table.concat(t)
print(#s, s:sub(1, 20), s:sub(-5))
local w = {}
for i = 1, 300 do w[i] = string.rep("ab", i % 7) end
local r = table.concat(w, ";")
print(#r, r:sub(1, 30))
