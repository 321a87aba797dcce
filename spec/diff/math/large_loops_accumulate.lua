-- sums of series printed with %.14g
local s = 0
for i = 1, 100000 do s = s + 1 / i end
print(s)
local p = 0
for i = 1, 10000 do p = p + 1 / (i * i) end
print(p, math.sqrt(p * 6))
local alt = 0
for i = 0, 100000 do alt = alt + (-1) ^ i / (2 * i + 1) end
print(alt * 4)
