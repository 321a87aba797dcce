-- max and min with huge values and infinities
print(math.max(1e308, 1/0), math.min(-1e308, -1/0), math.max(-1/0, -1e308))
print(math.max(2^53, 2^53 + 1), math.min(-2^53, -2^53 - 1))
print(math.max(0.1 + 0.2, 0.3), math.min(0.1 + 0.2, 0.3))
