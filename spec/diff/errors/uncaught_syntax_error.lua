-- a syntax error in the main chunk
print("this never runs")
local x = = 1
