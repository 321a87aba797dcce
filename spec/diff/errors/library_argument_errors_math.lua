-- bad arguments to math functions
print(pcall(function() return math.floor() end))
print(pcall(function() return math.sqrt("x") end))
print(pcall(function() return math.max() end))
print(pcall(function() return math.min(1, nil) end))
print(pcall(function() return math.random(2, 1) end))
print(pcall(function() return math.random(1, 2, 3) end))
print(pcall(function() return math.fmod(1) end))
