-- per-function environments
local function f() return x end
local env = { x = "env x" }
print(f(), getfenv(f) == _G)
setfenv(f, env)
print(f(), getfenv(f) == env)
local g = setfenv(function() return y end, { y = "set and returned" })
print(g())
x = "global x"
print(f())
