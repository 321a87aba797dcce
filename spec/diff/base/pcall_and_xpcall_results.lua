-- pcall and xpcall return values in detail
print(pcall(function() return end))
print(select("#", pcall(function() return nil end)))
print(pcall(function(...) return select("#", ...) end, nil, nil))
print(xpcall(function() return "a", "b" end, print))
print(pcall(error))
print(select("#", pcall(error)))
