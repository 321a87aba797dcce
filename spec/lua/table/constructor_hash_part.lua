-- Named and bracketed keys.
local t = { x = 1, ["y"] = 2, [3] = "three", [1.5] = "f", [true] = "t" }
print(t.x, t.y, t[3], t[1.5], t[true]) -- expect: 1	2	three	f	t
local k = "dyn"
local u = { [k] = 10, [k .. "2"] = 20 }
print(u.dyn, u.dyn2) -- expect: 10	20
local last = { a = 1, a = 2 }
print(last.a) -- expect: 2
