-- bad arguments to string functions
print(pcall(function() return string.rep() end))
print(pcall(function() return ("x"):rep("y") end))
print(pcall(function() return string.sub() end))
print(pcall(function() return string.upper({}) end))
print(pcall(function() return string.byte("a", {}) end))
print(pcall(function() return string.char(300) end))
print(pcall(function() return string.format("%d", {}) end))
print(pcall(function() return ("x"):find({}) end))
