-- ipairs reads raw values and ignores __index
local p = setmetatable({}, { __index = { 1, 2, 3 } })
local n = 0
for i, v in ipairs(p) do n = n + 1 end
print(n)
local q = setmetatable({ "x" }, { __index = function() return "meta" end })
for i, v in ipairs(q) do print(i, v) end
