-- functions taking ints truncate their arguments
print(string.rep("ab", 2.9), ("abcdef"):sub(2.7, 4.2))
print(math.ldexp(1, 3.99), math.ldexp(1, -3.99))
print(select(2.5, "a", "b", "c"))
print(string.char(65.9, 66.1))
