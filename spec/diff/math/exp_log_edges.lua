-- exp and log at special points
local z = 0
print(math.exp(0), math.exp(-1/0), math.exp(1/0), math.exp(710), math.exp(-746))
print(math.log(1), math.log(0), math.log(-z), math.log(-1), math.log(1/0))
print(math.log10(1), math.log10(10), math.log10(100), math.log10(1000), math.log10(0), math.log10(-1))
print(math.log10(1e-300), math.log10(1e300), math.log(8, 2))
