-- table.setn always fails in 5.1
print(pcall(table.setn, {}, 1))
print(pcall(table.setn, { 1, 2 }, 0))
print(pcall(table.setn, nil, 1))
print(pcall(table.setn))
