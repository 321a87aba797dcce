-- NaN in the data with the default order
local nan = 0/0
local t = { 3, nan, 1, 2 }
local ok, e = pcall(table.sort, t)
print(ok, e)
for i = 1, 4 do io.write(t[i] ~= t[i] and "NaN" or t[i], " ") end
print()
t = { nan, nan }
print(pcall(table.sort, t))
