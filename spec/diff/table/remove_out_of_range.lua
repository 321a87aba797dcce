-- table.remove with positions outside 1..#t
local t = { 1, 2, 3 }
print(select("#", table.remove(t, 10)), #t)
print(select("#", table.remove(t, 0)), #t)
print(select("#", table.remove({})), select("#", table.remove({}, 1)))
