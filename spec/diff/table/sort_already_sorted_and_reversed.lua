-- sorting presorted, reversed and constant arrays
local function check(t) for i = 2, #t do if t[i - 1] > t[i] then return false end end return true end
local a, b, c = {}, {}, {}
for i = 1, 1000 do a[i] = i; b[i] = 1001 - i; c[i] = 7 end
table.sort(a); table.sort(b); table.sort(c)
print(check(a), check(b), check(c), b[1], b[1000])
