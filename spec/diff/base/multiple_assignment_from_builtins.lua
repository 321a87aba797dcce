-- multiple results of builtins in assignments
local a, b, c = string.find("hello", "(l)(l)")
print(a, b, c)
local d, e = pcall(tonumber, "7")
print(d, e)
local f, g, h = unpack({ 1, 2 })
print(f, g, h)
