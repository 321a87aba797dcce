-- randomseed returns nothing and accepts numeric strings
print(select("#", math.randomseed(1)))
math.randomseed("10")
local a = math.random(1000)
math.randomseed(10)
print(a == math.random(1000))
print(pcall(math.randomseed, "x"))
