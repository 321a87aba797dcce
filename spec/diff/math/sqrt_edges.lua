-- sqrt of negatives, zeros and specials
local z = 0
print(math.sqrt(-1), math.sqrt(-z), math.sqrt(0), math.sqrt(1/0), math.sqrt(-1/0))
print(math.sqrt(2), math.sqrt(1e-300), math.sqrt(5e-324), math.sqrt(1e300))
print(string.format("%.17g", math.sqrt(2)), math.sqrt(16) == 4)
