-- floor of divisions and products
print(math.floor(7 / 2), math.floor(-7 / 2), math.floor(1 / 3 * 3), math.floor(0.1 * 3 * 10))
print(math.floor(2^0.5 * 2^0.5), math.ceil(2^0.5 * 2^0.5), math.floor(10 / 3 * 3))
print(math.floor(1e16 / 3), math.ceil(-1e16 / 3))
