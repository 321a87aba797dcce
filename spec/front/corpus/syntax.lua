#!/usr/bin/env lua
-- Every statement and expression form of Lua 5.1, once.
--[[ long
comment ]] --[==[ level 2 ]] still ]==]
local a, b, c = 1, "two", nil; local d
local e = { 1, 2; 3, x = 4, ["y"] = 5, [6] = 7, }
local f = function(p, q, ...) return p, q, ... end
local function g(self, ...) return select("#", ...) end
function gf() end
function e.m(x) return x end
function e:n(x) return self, x end
do local inner = a end
while a do a = nil end
repeat b = b .. "" until true
if a then elseif b then else end
for i = 1, 3 do end
for i = 3, 1, -1 do end
for k in pairs(e) do end
for k, v in next, e, nil do end
a = 1; b, c = 2, 3
e.x, e["y"], e[1] = 1, 2, 3
gf()
e:n(1)
e.m "s"
e.m { }
g(e, ...)
local s = ("s"):len()
local t = #e + -a * (a ^ 2) / 1 % 2 - 0 .. "x"
local u = a and b or not c
local v = a == b, a ~= b, a < b, a <= b, a > b, a >= b
local w = [[raw]] .. 'single' .. "double\n"
local h = 0x1F + 1e3 + .5 + 5. + 3e-2
local goto = 1
goto = goto + 1
return a, b, c
