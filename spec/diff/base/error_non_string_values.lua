-- error with values that are not strings keeps them unchanged
print(pcall(error))
print(pcall(error, nil))
print(pcall(error, true))
print(pcall(error, 42))
print(pcall(error, 42, 0))
print(pcall(function() error(42) end))
print(pcall(function() error(42, 2) end))
local t = {}
local ok, e = pcall(error, t)
print(ok, e == t)
ok, e = pcall(function() error(t, 1) end)
print(ok, e == t)
