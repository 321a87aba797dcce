-- calling a non-function iterator in a generic for
print(pcall(function() for k in nil do end end))
print(pcall(function() for k in {} do end end))
print(pcall(function() local t = {}; for k, v in t do end end))
