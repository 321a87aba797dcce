-- string.dump produces a loadable chunk (the bytes themselves are not printed)
local function f(a, b) return a * b + 1 end
local d = string.dump(f)
print(type(d), #d > 0)
local g = loadstring(d)
print(g(6, 7))
