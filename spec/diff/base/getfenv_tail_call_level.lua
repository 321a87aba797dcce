-- a level that was replaced by a tail call has no environment in 5.1
local function callee() return getfenv(2) end
local function caller() return callee() end
print(pcall(caller))
print(pcall(function() return getfenv(2) == _G end))
