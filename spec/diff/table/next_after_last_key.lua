-- next returns nil after the last key
local t = { 10 }
local k, v = next(t)
print(k, v, next(t, k))
print(pcall(next, t, 2))
