-- indexing numbers, booleans and functions
print(pcall(function() local n = 5; return n.x end))
print(pcall(function() local b = true; return b.x end))
print(pcall(function() local f = print; return f.x end))
print(pcall(function() local s = "str"; s.x = 1 end))
print(pcall(function() return (1).x end))
