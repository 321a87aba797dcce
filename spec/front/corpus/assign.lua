local a, b, c = 1
a, b = b, a
local t = {}
t[a], a = 1, 2
a, t[a] = 3, 4
x, y, z = 1, 2
x, y = f()
x, y, z = f(), 1
local i, j = ...
i, j = ...
a, b, c = 1, 2, 3, 4
up = 1
local u
local function f() u, up = 1, 2 end
