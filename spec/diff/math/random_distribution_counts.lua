-- counts of math.random(6) over 6000 draws with a fixed seed
math.randomseed(7)
local c = { 0, 0, 0, 0, 0, 0 }
for i = 1, 6000 do local r = math.random(6); c[r] = c[r] + 1 end
print(table.concat(c, " "))
local inrange = true
for i = 1, 1000 do local r = math.random(); if r < 0 or r >= 1 then inrange = false end end
print(inrange)
