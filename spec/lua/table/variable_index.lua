-- Variable keys of every kind (TGETV/TSETV).
local t = {}
local keys = { 1, 2.5, "s", true, false }
for i = 1, #keys do t[keys[i]] = i end
for i = 1, #keys do io.write(" ", tostring(t[keys[i]])) end
print() -- expect:  1 2 3 4 5
local k = {}
t[k] = "table key"
print(t[k]) -- expect: table key
local f = print
t[f] = "fn key"
print(t[f]) -- expect: fn key
local i = 3
t[i] = "three"
print(t[3], t[i]) -- expect: three	three
