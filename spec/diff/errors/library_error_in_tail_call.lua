-- 5.1 names a C function in argument errors even when it was tail called
print(pcall(function() return string.rep() end))
print(pcall(function() return math.floor("x") end))
print(pcall(function() return ("x"):rep({}) end))
local function f() return setmetatable(1, {}) end
print(pcall(f))
