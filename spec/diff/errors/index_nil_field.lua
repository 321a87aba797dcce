-- indexing a nil field, nested
print(pcall(function() local t = {}; return t.a.b end))
print(pcall(function() local t = { a = {} }; return t.a.b.c end))
print(pcall(function() local t = {}; t.a.b = 1 end))
print(pcall(function() local t = {}; return t[1][2] end))
