local t = {}
for k, v in pairs(t) do end
for k, v in next, t do end
local pairs = pairs
for k, v in pairs(t) do end
local next = next
for k in next, t do end
local function f() for k, v in pairs(t) do end end
for a, b, c, d, e in pairs(t) do end
for k, v in ipairs(t) do end
for k, v in mypairs(t) do end
