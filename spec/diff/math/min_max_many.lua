-- math.min and math.max with many and mixed arguments
print(math.max(3, 1, 4, 1, 5, 9, 2, 6), math.min(3, 1, 4, 1, 5, 9, 2, 6))
print(math.max(-1 / 0, -1e308), math.min(1 / 0, 1e308))
print(math.max(1), math.min(-1))
print(math.max("10", 9), math.min("10", 11))
print(math.max(0.1, 0.10000000000000001), math.max(2, 2.0))
