-- math.mod is the 5.1 compatibility name of fmod
print(math.mod == math.fmod)
print(math.mod(7, 3), math.mod(-7, 3), math.mod(7, -3), math.mod(-7, -3))
print(math.mod(5.5, 2), math.mod(-5.5, 2))
