-- remove reads and writes raw
local t = setmetatable({ 1, 2, 3 }, { __index = function() return "meta" end, __newindex = function() error("no") end })
print(table.remove(t, 1), t[1], t[2], rawget(t, 3))
print(table.remove(t), rawget(t, 2))
local n = { 1, 2, 3, n = 3 }
table.remove(n)
print(n.n, #n)
