-- memory is reclaimed after dropping references
collectgarbage()
local before = collectgarbage("count")
local t = {}
for i = 1, 20000 do t[i] = { i } end
local mid = collectgarbage("count")
t = nil
collectgarbage()
collectgarbage()
local after = collectgarbage("count")
print(mid > before, after < mid)
print(gcinfo() > 0, math.floor(gcinfo()) == gcinfo())
