-- # on values without a length
print(pcall(function() local x; return #x end))
print(pcall(function() local n = 3; return #n end))
print(pcall(function() return #undefined_thing end))
print(pcall(function() local t = {}; return #t.list end))
print(pcall(function() return #true end))
