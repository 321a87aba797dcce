-- concat reads raw values, ignoring metamethods
local t = setmetatable({ "a", "b" }, { __index = function() return "meta" end })
print(table.concat(t, ","))
print(pcall(table.concat, t, ",", 1, 3))
local s = setmetatable({}, { __index = { "x", "y" } })
print(table.concat(s, ","), #s)
local c = setmetatable({}, { __concat = function() return "cc" end })
print(pcall(table.concat, { c }))
