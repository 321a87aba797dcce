-- floor and ceil of huge values and large integers
print(math.floor(1e300), math.ceil(-1e300), math.floor(2^53 + 1), math.ceil(2^60))
print(math.floor(-2^63), math.ceil(2^63 - 1024))
print(math.floor(1e15 + 0.5), math.ceil(1e15 + 0.5))
print(math.floor(4503599627370495.5), math.ceil(4503599627370495.5))
print(math.floor(-4503599627370495.5), math.ceil(-4503599627370495.5))
