local t = {}
local u = {1, 2, 3}
local v = {x = 1, y = "s", z = true, [1] = 2, [3.5] = 4}
local w = {f(), g()}
local x = {a = f(), 1, 2, ...}
local y = {[f()] = 1, [g] = h}
local z = {{1}, {2}}
t.a = 1; t.b = "s"; t[1] = 2; t[300] = 3; t[k] = v; t["a b"] = nil
t[1.5] = 1; t[-1] = 2; t[true] = 3
local q = t.a.b.c
local r = t[1][2]
local s = {x = nil, y = 1}
local big = {1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20}
return #t
