-- setfenv on levels 0, 1, 2 and on functions
local env = setmetatable({}, { __index = _G })
local function run()
  setfenv(1, env)
  x = 10
end
run()
print(x, env.x)
local function inner() setfenv(2, env) end
local function outer() inner(); y = 5 end
outer()
print(y, env.y)
local function ret() return 1 end
print(setfenv(ret, env) == ret)
print(pcall(setfenv, 1, 2))
print(pcall(setfenv, print, {}))
print(pcall(setfenv, 50, {}))
print(pcall(setfenv, -1, {}))
print(pcall(setfenv, ret))
