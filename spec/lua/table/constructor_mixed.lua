-- Positional items are numbered independently of keyed ones.
local t = { "a", x = 1, "b", [10] = "ten", "c" }
print(t[1], t[2], t[3], t.x, t[10]) -- expect: a	b	c	1	ten
local u = { [1] = "explicit", "positional" }
print(u[1]) -- expect: positional
local v = { "p", [2] = "q", "r" }
print(v[2]) -- expect: r
local w = { 1, 2, 3; n = 3; }
print(w.n, #w) -- expect: 3	3
