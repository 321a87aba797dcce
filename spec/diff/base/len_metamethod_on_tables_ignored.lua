-- # on tables ignores __len in 5.1
local t = setmetatable({ 1, 2, 3 }, { __len = function() return 99 end })
print(#t, table.getn(t))
local p = newproxy(true)
getmetatable(p).__len = function() return 7 end
print(#p)
