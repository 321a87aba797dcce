-- print needs tostring to return a string
local bad = setmetatable({}, { __tostring = function() return {} end })
print(pcall(print, bad))
print(pcall(tostring, bad) and "tostring ok")
local worse = setmetatable({}, { __tostring = function() error("in tostring") end })
print(pcall(tostring, worse))
