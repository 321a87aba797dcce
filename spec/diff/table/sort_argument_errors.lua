-- table.sort argument checks
print(pcall(table.sort))
print(pcall(table.sort, nil))
print(pcall(table.sort, "abc"))
print(pcall(table.sort, {}, 5))
print(pcall(table.sort, {}, "f"))
print(pcall(table.sort, {}, {}))
print(pcall(table.sort, { 3, 1, 2 }, nil))
print(select("#", table.sort({ 2, 1 })))
