-- calling numbers, strings, tables and booleans
print(pcall(function() local n = 1; n() end))
print(pcall(function() local s = "s"; s() end))
print(pcall(function() local t = {}; t() end))
print(pcall(function() local b = false; b() end))
print(pcall(function() (42)() end))
