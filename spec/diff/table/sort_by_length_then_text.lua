-- comparator on string length with a tie breaker
local t = { "pear", "fig", "banana", "kiwi", "apple", "date", "plum", "cherry", "lime" }
table.sort(t, function(a, b) if #a ~= #b then return #a < #b end return a < b end)
print(table.concat(t, " "))
