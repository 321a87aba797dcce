-- os.date with only a time uses "%c"
print(os.date("!%c", 0))
print(os.date("%c", 86400 * 365))
