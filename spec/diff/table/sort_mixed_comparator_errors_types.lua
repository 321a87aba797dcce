-- comparator comparing mixed types raises the comparison error
print(pcall(table.sort, { 1, "x", 2 }, function(a, b) return a < b end))
print(pcall(table.sort, { 1, 2, 3 }, function(a, b) return a.key < b end))
print(pcall(table.sort, { {}, 1 }, function(a, b) return a < b end))
