-- table.getn is the raw length
print(table.getn({}), table.getn({ 1, 2, 3 }), table.getn({ n = 10 }))
print(table.getn({ 1, 2, nil }), table.getn({ nil, nil, 3 }))
print(table.getn(setmetatable({}, { __len = function() return 5 end })))
print(pcall(table.getn))
print(pcall(table.getn, "abc"))
print(pcall(table.getn, nil))
