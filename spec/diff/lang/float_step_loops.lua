-- numeric for loops with fractional and negative steps, run hot
local c, s = 0, 0
for x = 0, 100, 0.25 do c = c + 1; s = s + x end
print(c, s)
c, s = 0, 0
for x = 10, -10, -0.5 do c = c + 1; s = s + x end
print(c, s)
