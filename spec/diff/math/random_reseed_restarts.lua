-- reseeding with the same value restarts the sequence
local function take(n) local o = {} for i = 1, n do o[i] = math.random(1000) end return table.concat(o, ",") end
math.randomseed(2024)
local a = take(10)
math.randomseed(2024)
local b = take(10)
math.randomseed(2025)
local c = take(10)
print(a == b, a ~= c)
print(a)
print(c)
