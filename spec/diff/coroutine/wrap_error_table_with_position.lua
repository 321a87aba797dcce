-- a table error from wrap called inside Lua code keeps its identity
local e0 = {}
local w = coroutine.wrap(function() error(e0) end)
local function call() w() end
local ok, e = pcall(call)
print(ok, e == e0)
