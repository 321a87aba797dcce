-- bad arguments to string functions
print(pcall(function() local r = string.rep(); return r end))
print(pcall(function() local r = ("x"):rep("y"); return r end))
print(pcall(function() local r = string.sub(); return r end))
print(pcall(function() local r = string.upper({}); return r end))
print(pcall(function() local r = string.byte("a", {}); return r end))
print(pcall(function() local r = string.char(300); return r end))
print(pcall(function() local r = string.format("%d", {}); return r end))
print(pcall(function() local r = ("x"):find({}); return r end))
