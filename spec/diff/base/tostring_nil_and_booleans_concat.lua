-- concatenating results of tostring
print(tostring(nil) .. tostring(true) .. tostring(false) .. tostring(12))
print(pcall(function() return "a" .. nil end))
print(pcall(function() return "a" .. true end))
