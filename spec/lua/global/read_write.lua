-- Globals (GGET/GSET) live in the environment table.
x = 10
print(x) -- expect: 10
x = x + 1
print(_G.x) -- expect: 11
_G.y = "via _G"
print(y) -- expect: via _G
print(undefined_name) -- expect: nil
x = nil
print(rawget(_G, "x")) -- expect: nil
local function setg() z = "set in function" end
setg()
print(z) -- expect: set in function
