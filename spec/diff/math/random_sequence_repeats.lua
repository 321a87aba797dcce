-- the same seed gives the same sequence
math.randomseed(7)
local a = {}
for i = 1, 20 do a[i] = math.random(1000) end
math.randomseed(7)
local same = true
for i = 1, 20 do if math.random(1000) ~= a[i] then same = false end end
print(same)
