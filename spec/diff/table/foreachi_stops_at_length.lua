-- foreachi uses the length, not the first nil
local t = { 1, 2, 3 }
t[5] = 5
local seen = {}
table.foreachi(t, function(i, v) seen[#seen + 1] = i .. "=" .. tostring(v) end)
print(#seen >= 3, seen[1], seen[2], seen[3])
t = { 1, nil, 3 }
table.foreachi(t, function(i, v) print(i, v) end)
