-- Fractional steps accumulate by repeated addition.
local out = {}
for i = 0, 1, 0.25 do out[#out + 1] = i end
print(table.concat(out, " ")) -- expect: 0 0.25 0.5 0.75 1
out = {}
for i = 1, 0, -0.5 do out[#out + 1] = i end
print(table.concat(out, " ")) -- expect: 1 0.5 0
local n = 0
for i = 0.1, 0.5, 0.1 do n = n + 1 end
print(n) -- expect: 5
out = {}
for i = 1.5, 4 do out[#out + 1] = i end
print(table.concat(out, " ")) -- expect: 1.5 2.5 3.5
