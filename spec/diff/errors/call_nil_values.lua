-- calling nil globals, locals, fields and methods
print(pcall(function() undefined_function() end))
print(pcall(function() local f; f() end))
print(pcall(function() local t = {}; t.missing() end))
print(pcall(function() local t = {}; t:missing() end))
print(pcall(function() local t = { sub = {} }; t.sub.missing(1) end))
