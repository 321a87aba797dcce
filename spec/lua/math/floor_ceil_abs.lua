-- Rounding and absolute value.
print(math.floor(3.7), math.floor(-3.7)) -- expect: 3	-4
print(math.ceil(3.2), math.ceil(-3.2)) -- expect: 4	-3
print(math.abs(-5), math.abs(5), math.abs(-0.5)) -- expect: 5	5	0.5
print(math.floor(5), math.ceil(5)) -- expect: 5	5
print(math.floor(-0.5)) -- expect: -1
