-- the 5.1 table.foreach and table.foreachi functions
local t = { "a", "b", "c" }
table.foreachi(t, function(i, v) print(i, v) end)
table.foreach({ 10, 20 }, function(k, v) print(k, v) end)
print(table.foreachi(t, function(i, v) if v == "b" then return "stopped at " .. i end end))
