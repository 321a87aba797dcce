-- errors raised by comparisons during sort
print(pcall(table.sort, { {}, {} }))
print(pcall(table.sort, { 1, 2, 3 }, function(a, b) error("cmp", 0) end))
print(pcall(table.sort, { 1, 2 }, 5))
