-- reseeding inside a loop repeats the first value
local o = {}
for i = 1, 5 do math.randomseed(123); o[i] = math.random(1000) end
print(table.concat(o, " "))
