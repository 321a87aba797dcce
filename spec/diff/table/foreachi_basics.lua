-- foreachi visits 1..#t and stops at a non-nil result
table.foreachi({ "a", "b", "c" }, print)
print(table.foreachi({ "a", "b", "c" }, function(i, v) if v == "b" then return "found " .. i end end))
print(table.foreachi({}, print))
print(select("#", table.foreachi({ 1 }, function() end)))
print(table.foreachi({ 1, 2, 3 }, function(i, v) if i == 2 then return false end end))
print(pcall(table.foreachi, {}, nil))
print(pcall(table.foreachi, nil, print))
