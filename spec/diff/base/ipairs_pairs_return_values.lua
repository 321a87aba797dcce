-- what pairs and ipairs return
local t = { 1 }
local f, s, c = ipairs(t)
print(type(f), s == t, c)
local g, s2, c2 = pairs(t)
print(type(g), s2 == t, c2)
print(f(t, 0))
print(f(t, 1))
