-- the string library's metatable does not make strings tables
print(pcall(table.insert, "abc", "d"))
print(pcall(table.concat, "abc"))
print(pcall(table.sort, "cba"))
print(pcall(table.remove, "abc"))
