-- pairs visits every key once (sorted here for determinism).
local t = { a = 1, b = 2, c = 3, 10, 20 }
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = tostring(k) .. "=" .. v end
table.sort(keys)
print(table.concat(keys, " ")) -- expect: 1=10 2=20 a=1 b=2 c=3
