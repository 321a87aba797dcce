-- nil and NaN table keys
print(pcall(function() local t = {}; t[nil] = 1 end))
print(pcall(function() local t = {}; t[0 / 0] = 1 end))
print(pcall(function() return { [nil] = 1 } end))
print(pcall(rawset, {}, nil, 1))
print(pcall(function() local t = {}; local k; t[k] = 1 end))
