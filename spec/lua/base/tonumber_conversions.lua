-- tonumber parses decimal, hex, exponents and other bases.
print(tonumber("10"), tonumber("  12  "), tonumber("1.5e1")) -- expect: 10	12	15
print(tonumber("0x1F"), tonumber("-0x10")) -- expect: 31	-16
print(tonumber("z", 36), tonumber("777", 8), tonumber("11", 2)) -- expect: 35	511	3
print(tonumber("ff", 16), tonumber("FF", 16)) -- expect: 255	255
print(tonumber("abc"), tonumber(""), tonumber("1 2")) -- expect: nil	nil	nil
print(tonumber("8", 8), tonumber(nil)) -- expect: nil	nil
print(tonumber(5), tonumber({})) -- expect: 5	nil
