-- counting keys by type
local t = { 1, 2, 3, a = 1, b = 2, [true] = 1, [1.5] = 2 }
local counts = {}
for k in pairs(t) do local ty = type(k); counts[ty] = (counts[ty] or 0) + 1 end
print(counts.number, counts.string, counts.boolean)
