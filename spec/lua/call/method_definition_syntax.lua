-- function a.b.c:m() adds an implicit self parameter.
local a = { b = { c = { v = 7 } } }
function a.b.c:get() return self.v end
function a.b.c.plain(x) return x end
print(a.b.c:get()) -- expect: 7
print(a.b.c.plain(8)) -- expect: 8
local Class = {}
Class.__index = Class
function Class.new(v) return setmetatable({ v = v }, Class) end
function Class:double() return self.v * 2 end
print(Class.new(21):double()) -- expect: 42
