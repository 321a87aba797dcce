-- for k, v in next, t is the same as pairs.
local t = { 1, 2, 3 }
local s = 0
for k, v in next, t do s = s + k * v end
print(s) -- expect: 14
local count = 0
for k in next, { a = 1, b = 2 } do count = count + 1 end
print(count) -- expect: 2
