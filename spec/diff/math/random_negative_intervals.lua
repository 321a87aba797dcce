-- random(m, n) with negative bounds
math.randomseed(17)
local o = {}
for i = 1, 15 do o[i] = math.random(-3, -1) end
print(table.concat(o, " "))
o = {}
for i = 1, 15 do o[i] = math.random(-100, 100) end
print(table.concat(o, " "))
