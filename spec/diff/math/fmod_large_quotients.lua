-- fmod with quotients too large for an integer
print(math.fmod(1e20, 3), math.fmod(2^60, 10), math.fmod(1e300, 1e-300) >= 0)
print(math.fmod(5e-324, 1), math.fmod(1, 5e-324), math.fmod(-1e20, 7))
