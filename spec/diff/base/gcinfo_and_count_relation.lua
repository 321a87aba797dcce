-- gcinfo is the count rounded down to whole kilobytes
collectgarbage()
local c = collectgarbage("count")
local g = gcinfo()
print(type(g), g == math.floor(g), math.abs(g - math.floor(c)) <= 1)
