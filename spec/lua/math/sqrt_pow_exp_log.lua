-- Power-related functions.
print(math.sqrt(16), math.sqrt(2)) -- expect: 4	1.4142135623731
print(math.pow(2, 10)) -- expect: 1024
print(math.exp(0), math.log(1)) -- expect: 1	0
print(math.log10(1000)) -- expect: 3
print(string.format("%.6f", math.exp(1))) -- expect: 2.718282
print(math.log(math.exp(2))) -- expect: 2
