-- table.concat errors on non-string values and holes
print(pcall(table.concat, { 1, {}, 3 }))
print(pcall(table.concat, { 1, nil, 3 }, ",", 1, 3))
print(pcall(table.concat, { true }))
print(pcall(table.concat, { 1, 2 }, ",", 1, 5))
