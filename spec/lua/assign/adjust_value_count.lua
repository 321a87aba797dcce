-- Missing values become nil; extra values are evaluated and dropped.
local a, b, c = 1, 2
print(a, b, c) -- expect: 1	2	nil
local calls = 0
local function f() calls = calls + 1; return "f" end
local d, e = 1, 2, f()
print(d, e, calls) -- expect: 1	2	1
local function three() return 1, 2, 3 end
local p, q, r, s = three()
print(p, q, r, s) -- expect: 1	2	3	nil
local u, v, w = three(), 10
print(u, v, w) -- expect: 1	10	nil
local m, n = (three())
print(m, n) -- expect: 1	nil
