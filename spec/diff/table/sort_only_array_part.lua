-- sort uses the length; other keys are untouched
local t = { 3, 2, 1, x = "x", [10] = 0 }
table.sort(t)
print(t[1], t[2], t[3], t.x, t[10])
