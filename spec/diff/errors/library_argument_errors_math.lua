-- bad arguments to math functions
print(pcall(function() local r = math.floor(); return r end))
print(pcall(function() local r = math.sqrt("x"); return r end))
print(pcall(function() local r = math.max(); return r end))
print(pcall(function() local r = math.min(1, nil); return r end))
print(pcall(function() local r = math.random(2, 1); return r end))
print(pcall(function() local r = math.random(1, 2, 3); return r end))
print(pcall(function() local r = math.fmod(1); return r end))
