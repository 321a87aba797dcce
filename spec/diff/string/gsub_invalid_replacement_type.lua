-- the replacement must be a string, number, table or function
print(pcall(function() return ("abc"):gsub("b", true) end))
print(("abc"):gsub("b", 42))
print(pcall(function() return ("abc"):gsub("b") end))
