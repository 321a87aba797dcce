-- Sorting incomparable values raises the comparison error.
local ok, e = pcall(table.sort, { {}, {}, {} })
print(ok, (e:gsub("^.-:%d+: ", ""))) -- expect: false	attempt to compare two table values
local ok2, e2 = pcall(table.sort, { 3, 1, 2 }, function(a, b) error("cmp called", 0) end)
print(ok2, e2) -- expect: false	cmp called
