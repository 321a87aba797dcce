-- without randomseed the sequence starts from seed 1
local o = {}
for i = 1, 6 do o[i] = string.format("%.12f", math.random()) end
print(table.concat(o, " "))
print(math.random(100), math.random(100), math.random(5, 10))
