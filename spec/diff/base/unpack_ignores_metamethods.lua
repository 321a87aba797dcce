-- unpack reads raw values
local t = setmetatable({ 1, 2 }, { __index = function(_, k) return "mm" .. k end, __len = function() return 10 end })
print(unpack(t))
print(unpack(t, 1, 4))
local n = setmetatable({}, { __index = { 1, 2, 3 } })
print(select("#", unpack(n)))
