-- calling an upvalue that is not a function
local notf = 10
print(pcall(function() notf() end))
print(pcall(function() return notf(1, 2) end))
