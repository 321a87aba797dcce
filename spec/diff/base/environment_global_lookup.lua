-- global accesses go to the function's environment
local function make()
  return function() return a, b end
end
local f = make()
setfenv(f, { a = 1, b = 2 })
print(f())
setfenv(f, setmetatable({}, { __index = function(_, k) return k .. "!" end }))
print(f())
local g = loadstring("c = 3; return c")
local e = {}
setfenv(g, e)
print(g(), e.c, c)
