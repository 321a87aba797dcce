-- gcinfo and collectgarbage("count") return numbers
print(type(gcinfo()), gcinfo() >= 0, type(collectgarbage("count")))
local before = collectgarbage("count")
local big = {}
for i = 1, 10000 do big[i] = { i } end
print(collectgarbage("count") > before)
big = nil
collectgarbage()
print(collectgarbage("count") < before + 1000)
