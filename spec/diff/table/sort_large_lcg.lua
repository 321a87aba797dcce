-- sort 2000 pseudo-random numbers and check order and checksum
local x = 42
local t = {}
for i = 1, 2000 do x = (x * 1103515245 + 12345) % 2147483648; t[i] = x % 10007 end
table.sort(t)
local ok, sum = true, 0
for i = 1, #t do sum = sum + t[i] * i; if i > 1 and t[i - 1] > t[i] then ok = false end end
print(ok, sum, t[1], t[1000], t[2000])
table.sort(t, function(a, b) return a > b end)
print(t[1], t[1000], t[2000])
