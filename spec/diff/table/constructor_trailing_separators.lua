-- trailing commas and semicolons in constructors
local t = { 1, 2, 3, }
local u = { x = 1; y = 2; }
local v = { 1; "two", three = 3, }
print(#t, u.x + u.y, v[2], v.three)
