-- Comparisons in value context yield true/false.
local a, b = 3, 4
local r = a < b
print(type(r), r) -- expect: boolean	true
local t = { a == b, a ~= b, a > b }
print(t[1], t[2], t[3]) -- expect: false	true	false
print((a < b) == true) -- expect: true
