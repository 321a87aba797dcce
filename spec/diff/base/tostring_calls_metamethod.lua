-- tostring uses __tostring and __name is not special in 5.1
local t = setmetatable({}, { __tostring = function() return "custom!" end })
print(tostring(t), t)
local u = setmetatable({}, { __name = "MyType" })
print(tostring(u):sub(1, 6))
