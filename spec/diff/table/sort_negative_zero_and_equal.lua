-- equal keys -0 and 0 keep a deterministic order
local z = 0
local t = { z, -z, z, -z, 1, -1 }
table.sort(t)
for i = 1, #t do io.write(string.format("%g ", t[i])) end
print()
