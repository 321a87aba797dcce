-- calling string methods on non-strings
print(pcall(function() local n = 5; return n:upper() end))
print(pcall(function() local t = {}; return t:upper() end))
print(pcall(function() return ("x"):nomethod() end))
