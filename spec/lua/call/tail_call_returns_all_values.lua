-- A tail call returns every result of the callee.
local function multi() return 1, 2, 3 end
local function tail() return multi() end
print(tail()) -- expect: 1	2	3
local function tail_vararg(...) return select(2, ...) end
print(tail_vararg("a", "b", "c")) -- expect: b	c
local function tail_method(o) return o:m() end
print(tail_method({ m = function(self) return "m", self ~= nil end })) -- expect: m	true
