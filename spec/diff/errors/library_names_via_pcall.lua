-- when called directly by pcall, C functions are named '?'
print(pcall(string.rep))
print(pcall(math.floor, "x"))
print(pcall(setmetatable, 1))
print(pcall(tostring))
