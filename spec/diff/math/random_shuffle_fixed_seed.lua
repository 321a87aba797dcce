-- Fisher-Yates shuffle with a fixed seed
math.randomseed(31337)
local t = {}
for i = 1, 20 do t[i] = i end
for i = #t, 2, -1 do local j = math.random(i); t[i], t[j] = t[j], t[i] end
print(table.concat(t, " "))
math.randomseed(31337)
local u = {}
for i = 1, 20 do u[i] = i end
for i = #u, 2, -1 do local j = math.random(i); u[i], u[j] = u[j], u[i] end
print(table.concat(u, " ") == table.concat(t, " "))
