-- arrays of size 0 and 1 never call the comparator
local calls = 0
local function cmp(a, b) calls = calls + 1; return a < b end
table.sort({}, cmp)
table.sort({ 1 }, cmp)
table.sort({ "x" }, cmp)
print(calls)
table.sort({ 2, 1 }, cmp)
print(calls)
