-- pairs over a pure array part visits 1..n in order
local t = {}
for i = 1, 20 do t[i] = i * i end
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = k .. "=" .. v end
print(table.concat(keys, " "))
local f, s, k = pairs(t)
print(type(f), s == t, k)
print(pcall(pairs))
print(pcall(pairs, 1))
