-- floats with integral values print without a fraction
print(1.0, -2.0, 1e2, 2^10, 100 / 4, 3 * 0.5 * 2)
print(1e14, 1e15, 123456789012.0, -0.0 + 0)
