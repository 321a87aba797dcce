-- every separator with a fixed range
local t = { 1, 2, 3, 4 }
local seps = { "", ",", ", ", "--", "\t", 0, 1.5 }
for i = 1, #seps do print(i, table.concat(t, seps[i], 2, 4)) end
