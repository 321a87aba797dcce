-- min and max need at least one number
print(pcall(math.min))
print(pcall(math.max))
print(pcall(math.min, 1, "x"))
print(pcall(math.max, 1, 2, nil))
print(pcall(math.min, {}, 1))
