-- clearing fields during pairs traversal is allowed
local t = {}
for i = 1, 50 do t["k" .. i] = i; t[i] = i end
local seen = 0
for k in pairs(t) do t[k] = nil; seen = seen + 1 end
print(seen, next(t))
