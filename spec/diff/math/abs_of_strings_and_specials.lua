-- abs converts strings and keeps NaN
local z = 0
print(math.abs("-3"), math.abs(" -0x10 "), math.abs(-z), math.abs(-1/0))
local n = math.abs(0/0)
print(n ~= n)
