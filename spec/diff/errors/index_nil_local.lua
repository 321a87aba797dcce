-- indexing a nil local
print(pcall(function() local t; return t.x end))
print(pcall(function() local t; t.x = 1 end))
print(pcall(function() local t; return t[1] end))
