-- Each iteration of a numeric for gets a fresh loop variable.
local fs = {}
for i = 1, 3 do fs[i] = function() return i end end
print(fs[1](), fs[2](), fs[3]()) -- expect: 1	2	3
local gs = {}
for i = 10, 1, -4 do gs[#gs + 1] = function() return i end end
print(#gs, gs[1](), gs[2](), gs[3]()) -- expect: 3	10	6	2
