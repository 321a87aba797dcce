-- summing and listing a hash table with pairs (sorted for output)
local t = {}
for i = 1, 100 do t["k" .. i] = i end
local s, keys = 0, {}
for k, v in pairs(t) do s = s + v; keys[#keys + 1] = k end
table.sort(keys)
print(s, #keys, keys[1], keys[2], keys[100])
