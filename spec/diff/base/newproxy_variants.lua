-- newproxy with and without a metatable
local a = newproxy()
local b = newproxy(true)
local c = newproxy(b)
print(type(a), getmetatable(a), type(getmetatable(b)), getmetatable(c) == getmetatable(b))
print(pcall(newproxy, {}))
getmetatable(b).__tostring = function() return "proxy b" end
print(tostring(b), tostring(c))
