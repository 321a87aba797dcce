-- errors inside __tostring propagate through tostring and print
local t = setmetatable({}, { __tostring = function() error("inside") end })
print(pcall(tostring, t))
print(pcall(print, "a", t))
local u = setmetatable({}, { __tostring = "not a function" })
print(pcall(tostring, u))
local w = setmetatable({}, { __tostring = function() error({ code = 1 }) end })
local ok, e = pcall(tostring, w)
print(ok, type(e), e.code)
