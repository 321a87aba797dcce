-- sums over long loops (integers stay exact)
local s = 0
for i = 1, 100000 do s = s + i end
print(s)
local sq = 0
for i = 1, 10000 do sq = sq + i * i end
print(sq)
local alt = 0
for i = 1, 10001 do if i % 2 == 0 then alt = alt - i else alt = alt + i end end
print(alt)
