-- tonumber of non-string values
print(tonumber(5), tonumber(-2.5), tonumber(nil), tonumber(true), tonumber({}), tonumber(print))
print(tonumber("10", 10), tonumber(10, 16), tonumber("  ff  ", 16))
