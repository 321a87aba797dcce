-- Numeric for with default and explicit positive steps (FORI/FORL).
local out = {}
for i = 1, 5 do out[#out + 1] = i end
print(table.concat(out, ",")) -- expect: 1,2,3,4,5
out = {}
for i = 1, 10, 3 do out[#out + 1] = i end
print(table.concat(out, ",")) -- expect: 1,4,7,10
out = {}
for i = 1, 10, 4 do out[#out + 1] = i end
print(table.concat(out, ",")) -- expect: 1,5,9
out = {}
for i = -2, 2 do out[#out + 1] = i end
print(table.concat(out, ",")) -- expect: -2,-1,0,1,2
