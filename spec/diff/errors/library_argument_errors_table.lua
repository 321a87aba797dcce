-- bad arguments to table functions
print(pcall(function() local r = table.insert({}, 1, 2, 3); return r end))
print(pcall(function() local r = table.insert(nil, 1); return r end))
print(pcall(function() local r = table.concat({ {} }); return r end))
print(pcall(function() local r = table.concat({}, {}); return r end))
print(pcall(function() local r = table.sort({ 3, 1, 2 }, 1); return r end))
print(pcall(function() local r = table.remove(nil); return r end))
print(pcall(function() local r = table.getn(1); return r end))
