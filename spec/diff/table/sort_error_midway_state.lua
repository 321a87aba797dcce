-- the array state after a comparator error is deterministic
local t = { 9, 8, 7, 6, 5, 4, 3, 2, 1 }
local n = 0
print(pcall(table.sort, t, function(a, b) n = n + 1; if n == 6 then error("stop", 0) end; return a < b end))
print(table.concat(t, " "))
