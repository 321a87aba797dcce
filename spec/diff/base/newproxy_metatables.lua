-- newproxy with and without metatables
local p = newproxy(true)
local mt = getmetatable(p)
mt.__index = function(_, k) return k .. "!" end
mt.__len = function() return 42 end
print(p.foo, #p, type(p))
local q = newproxy(p)
print(getmetatable(q) == mt, q.bar)
print(getmetatable(newproxy(false)), getmetatable(newproxy()))
print(pcall(newproxy, 1))
print(pcall(newproxy, {}))
