-- Common string.format directives.
print(string.format("%d %5d %-5d|", 42, 42, 42)) -- expect: 42    42 42   |
print(string.format("%s %q", "str", "q\"uote")) -- expect: str "q\"uote"
print(string.format("%5.2f|%e|%g", 3.14159, 12345.678, 0.0001)) -- expect:  3.14|1.234568e+04|0.0001
print(string.format("%x %X %o", 255, 255, 8)) -- expect: ff FF 10
print(string.format("%c%c", 76, 117)) -- expect: Lu
print(string.format("%%")) -- expect: %
print(string.format("%05.1f", -2.5)) -- expect: -02.5
