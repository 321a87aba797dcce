-- the 5.1 coroutine library functions
local names = {}
for k in pairs(coroutine) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
