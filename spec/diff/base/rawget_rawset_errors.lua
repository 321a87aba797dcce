-- rawget and rawset need tables
print(pcall(rawget, "s", 1))
print(pcall(rawset, "s", 1, 2))
print(rawget({ 1 }, 1), rawget({}, "x"))
