-- C functions report the global environment; level 2 is the caller
print(getfenv(print) == _G, getfenv(string.format) == _G)
local env = { getfenv = getfenv }
local function callee() return getfenv(2) end
local caller = setfenv(function() local e = callee() return e end, env)
print(caller() == env)
