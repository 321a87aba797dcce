-- extra arguments are ignored
print(math.floor(1.5, "x"), math.sqrt(4, nil, {}), math.abs(-1, 2, 3))
print(math.fmod(7, 3, 100), math.pow(2, 3, 4), math.log(100, 10), math.atan(1, 2) == math.atan(1))
