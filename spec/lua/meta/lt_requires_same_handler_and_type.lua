-- 5.1: ordered comparison needs both operands of the same type and the same handler.
local function msg(f) return (select(2, pcall(f)):gsub("^.-:%d+: ", "")) end
local lt = function(a, b) return true end
local a = setmetatable({}, { __lt = lt })
local b = setmetatable({}, { __lt = lt })
local c = setmetatable({}, { __lt = function() return true end })
print(a < b) -- expect: true
print(msg(function() return a < c end)) -- expect: attempt to compare two table values
print(msg(function() return a < 1 end)) -- expect: attempt to compare table with number
print(msg(function() return "s" < a end)) -- expect: attempt to compare string with table
