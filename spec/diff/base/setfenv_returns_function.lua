-- setfenv returns the function it changed
local function f() return y end
local g = setfenv(f, { y = 5 })
print(g == f, g())
print(pcall(setfenv, f, nil))
print(pcall(setfenv, f, 5))
