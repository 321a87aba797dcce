-- arithmetic on nil locals, globals, fields and upvalues
local up
print(pcall(function() local a; return a + 1 end))
print(pcall(function() return undefined_number * 2 end))
print(pcall(function() local t = {}; return t.count - 1 end))
print(pcall(function() return up / 2 end))
print(pcall(function() local a; return 1 + a end))
