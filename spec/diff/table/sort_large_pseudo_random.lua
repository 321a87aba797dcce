-- sorting a large pseudo-random array
local t, x = {}, 1
for i = 1, 5000 do x = (x * 16807) % 2147483647; t[i] = x % 100000 end
table.sort(t)
local ok = true
for i = 2, #t do if t[i - 1] > t[i] then ok = false end end
print(ok, t[1], t[2500], t[5000])
