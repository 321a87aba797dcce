-- Positional fields fill 1..n.
local t = { "a", "b", "c" }
print(#t, t[1], t[2], t[3]) -- expect: 3	a	b	c
local e = {}
print(#e, e[1]) -- expect: 0	nil
local n = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 }
print(#n, n[20]) -- expect: 20	20
local m = { 1, nil, 3 }
print(m[1], m[2], m[3]) -- expect: 1	nil	3
