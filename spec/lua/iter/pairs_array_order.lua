-- For a pure sequence, pairs visits the array part in order.
local t = { "x", "y", "z" }
local out = {}
for k, v in pairs(t) do out[#out + 1] = k .. v end
print(table.concat(out, ",")) -- expect: 1x,2y,3z
