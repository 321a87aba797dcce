-- indexing an undefined global
print(pcall(function() return undefined_table.field end))
print(pcall(function() undefined_table.field = 1 end))
