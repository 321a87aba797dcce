-- concatenating nil, tables and booleans
print(pcall(function() local x; return "a" .. x end))
print(pcall(function() local x = {}; return x .. "a" end))
print(pcall(function() local t = {}; return "a" .. t.name end))
print(pcall(function() return "a" .. undefined_string end))
print(pcall(function() local b = true; return b .. "" end))
