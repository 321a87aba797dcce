-- Redeclaring a local makes a new variable; the old one stays captured.
local a = 1
local get = function() return a end
local a = 2
print(a, get()) -- expect: 2	1
local b, b = 1, 2
print(b) -- expect: 2
local c = 10
local c = c + 1
print(c) -- expect: 11
