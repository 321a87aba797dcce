-- fmod truncates toward zero; modf splits integer and fraction.
print(math.fmod(7, 3), math.fmod(-7, 3)) -- expect: 1	-1
print(math.fmod(7, -3)) -- expect: 1
print(math.modf(3.75)) -- expect: 3	0.75
print(math.modf(-3.75)) -- expect: -3	-0.75
print(math.modf(5)) -- expect: 5	0
