-- base 16 accepts an optional 0x prefix, other bases do not
print(tonumber("0x10", 16), tonumber("0X10", 16), tonumber("0x", 16))
print(tonumber("0x10", 36), tonumber("0x10", 10), tonumber("0x10", 8))
print(tonumber("-0x10", 16), tonumber(" 0x1f ", 16))
print(tonumber("0x10"), tonumber("0x1p4"), tonumber("0x1.8"))
print(tonumber("0b10", 2), tonumber("0o7", 8))
