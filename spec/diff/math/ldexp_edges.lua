-- ldexp overflow, underflow and exponent truncation
print(math.ldexp(1, 1023), math.ldexp(1, 1024), math.ldexp(-1, 1024))
print(math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(1, -1076))
print(math.ldexp(0.75, 2.9), math.ldexp(0.75, -2.9))
print(math.ldexp(1, "3"), math.ldexp("0.5", 1))
print(math.ldexp(1, 2^32 + 2))
print(math.ldexp(3, 0), math.ldexp(0, 5000))
