-- loadstring of string.dump output runs the same function
local function f(a, b) return a * b + 1 end
local s = string.dump(f)
print(type(s), s:byte(1))
local g = loadstring(s)
print(g(6, 7))
print(pcall(string.dump, print))
