-- type needs an argument
print(pcall(type))
print(type(nil), (type(type)))
print(select("#", type(1, 2)))
local names = {}
for _, v in ipairs({ 1, "s", true, {}, print, coroutine.create(print) }) do names[#names + 1] = type(v) end
print(table.concat(names, ","))
print(type(newproxy()))
