-- pairs over string keys, sorted for a deterministic listing
local t = { zeta = 1, alpha = 2, mid = 3, Beta = 4, _u = 5, ["with space"] = 6 }
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
table.sort(keys)
for i = 1, #keys do print(keys[i], t[keys[i]]) end
