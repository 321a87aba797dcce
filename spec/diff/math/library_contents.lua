-- the math library's fields in 5.1
local names = {}
for k, v in pairs(math) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
print(math.pi, math.huge, -math.huge)
print(string.format("%.17g", math.pi))
