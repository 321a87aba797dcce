-- ipairs stops at the first hole while pairs sees everything
local t = { 1, 2, nil, 4, 5 }
local n1, n2 = 0, 0
for _ in ipairs(t) do n1 = n1 + 1 end
for _ in pairs(t) do n2 = n2 + 1 end
print(n1, n2)
