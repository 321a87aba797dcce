-- insert returns nothing, remove returns the removed value only
local t = {}
print(select("#", table.insert(t, 1)), select("#", table.insert(t, 1, 0)))
print(select("#", table.remove(t)), select("#", table.remove(t, 1)), select("#", table.remove(t)))
print(#t)
