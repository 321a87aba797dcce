-- comparisons between integral and fractional values
print(1 == 1.0, 2^53 == 2^53 + 1, 0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
print(1 < 1.0000000000000002, 3 <= 3.0, -0.0 == 0.0)
