-- __metatable protection errors
local t = setmetatable({}, { __metatable = "no" })
print(pcall(setmetatable, t, {}))
print(pcall(function() setmetatable(t, nil) end))
print(getmetatable(t))
