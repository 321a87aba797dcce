-- errors inside a chain of concatenations
print(pcall(function() local a, b, c = "a", nil, "c"; return a .. b .. c end))
print(pcall(function() local a, b, c = "a", "b", {}; return a .. b .. c end))
print(pcall(function() local a, b, c = nil, "b", "c"; return a .. b .. c end))
print(pcall(function() return "x" .. 1 .. nil end))
