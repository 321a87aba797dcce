-- os.time() and os.clock() return numbers (values not printed)
local t = os.time()
print(type(t), t > 1e9, t == math.floor(t))
print(type(os.clock()), os.clock() >= 0)
