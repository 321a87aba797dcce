-- coroutine library fields in 5.1 (no isyieldable)
local names = {}
for k, v in pairs(coroutine) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
print(coroutine.isyieldable)
print(pcall(function() return coroutine.isyieldable() end))
