-- %.14g rounding of common results
print(math.sqrt(2), math.pi, math.exp(1), math.log(10), 1 / 7, 2 / 3)
print(math.sin(1), math.cos(1), math.tan(1))
