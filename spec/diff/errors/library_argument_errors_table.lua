-- bad arguments to table functions
print(pcall(function() return table.insert({}, 1, 2, 3) end))
print(pcall(function() return table.insert(nil, 1) end))
print(pcall(function() return table.concat({ {} }) end))
print(pcall(function() return table.concat({}, {}) end))
print(pcall(function() return table.sort({ 3, 1, 2 }, 1) end))
print(pcall(function() return table.remove(nil) end))
print(pcall(function() return table.getn(1) end))
