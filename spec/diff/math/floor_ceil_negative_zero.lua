-- floor and ceil produce -0 where C does
local z = 0
print(math.ceil(-0.5), math.ceil(-0.1), math.floor(-z), math.ceil(-z))
print(math.floor(0.5), math.floor(-0.5), math.ceil(0.5))
print(1 / math.ceil(-0.5), 1 / math.floor(-z))
