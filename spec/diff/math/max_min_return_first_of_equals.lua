-- equal arguments: which one comes back shows in the sign of zero
local z = 0
print(1 / math.max(z, -z), 1 / math.max(-z, z), 1 / math.min(z, -z), 1 / math.min(-z, z))
