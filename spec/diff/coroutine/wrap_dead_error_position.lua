-- calling a dead wrap function raises with the caller's position
local w = coroutine.wrap(function() return 1 end)
print(w())
print(pcall(w))
local function call() return w() end
print(pcall(call))
w()
