-- indexing a nil upvalue
local up
print(pcall(function() return up.x end))
print(pcall(function() up.x = 1 end))
