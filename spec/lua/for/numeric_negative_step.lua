-- Counting down.
local out = {}
for i = 5, 1, -1 do out[#out + 1] = i end
print(table.concat(out, ",")) -- expect: 5,4,3,2,1
out = {}
for i = 5, 1, -2 do out[#out + 1] = i end
print(table.concat(out, ",")) -- expect: 5,3,1
out = {}
for i = 0, -6, -3 do out[#out + 1] = i end
print(table.concat(out, ",")) -- expect: 0,-3,-6
out = {}
for i = 1, 5, -1 do out[#out + 1] = i end
print(#out) -- expect: 0
