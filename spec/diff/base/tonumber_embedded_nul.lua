-- a NUL inside the string stops the conversion
print(tonumber("1\0"), tonumber("\0" .. "1"), tonumber("12\0" .. "3"))
print(tonumber("ff\0", 16), tonumber("1\0", 2))
