-- error with numbers, tables, booleans and nil
print(pcall(error, 42))
print(pcall(function() error(42) end))
print(pcall(function() error(42, 0) end))
print(pcall(function() error(true) end))
print(pcall(function() error(nil) end))
print(pcall(function() error() end))
local t = {}
print(select(2, pcall(error, t)) == t)
