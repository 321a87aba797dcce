-- printing results of common computations
print(10 / 3, 100 / 7, 1 / 9, 2 / 3 * 3, 0.1 * 3, 1e21 / 7)
print(7 / 2, -7 / 2, 3 * 1.5)
