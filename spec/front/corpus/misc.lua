local a = {}
a.b, a.c = a.c, a.b
local x, y = y, x
local i = 1
i, a[i] = i+1, 20
local function f(...) local t = {...} return #t, ... end
local v1, v2 = (f(1,2))
local z = (...)
return (f())
