-- an error raised by load's reader is caught and returned as nil, message
print(pcall(load, function() error("rf") end))
print(pcall(function() return load(function() error("rf", 0) end) end))
local n = 0
local ok, f, e = pcall(load, function() n = n + 1; if n == 1 then return "return " end error({}) end)
print(ok, f, type(e))
