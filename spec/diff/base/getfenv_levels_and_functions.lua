-- getfenv by level, by function and defaults
local function f() return getfenv(1) end
print(getfenv() == _G, getfenv(0) == _G, getfenv(1) == _G, f() == _G)
print(getfenv(f) == _G, getfenv(print) == _G)
local env = { print = print }
setfenv(f, env)
print(f() == env, getfenv(f) == env)
local function g() return getfenv(2) end
local function h() return g() end
setfenv(h, env)
print(h() == env)
print(pcall(getfenv, -1))
print(pcall(getfenv, 100))
print(pcall(getfenv, "x"))
print(pcall(getfenv, {}))
