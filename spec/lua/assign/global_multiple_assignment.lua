-- Multiple assignment to globals and fields mixed.
local t = {}
g1, t.f, g2 = "one", "two", "three"
print(g1, t.f, g2) -- expect: one	two	three
g1, g2 = g2, g1
print(g1, g2) -- expect: three	one
