-- arithmetic on tables, booleans and non-numeric strings
print(pcall(function() local t = {}; return t % 2 end))
print(pcall(function() local b = true; return b ^ 2 end))
print(pcall(function() local s = "abc"; return s + 1 end))
print(pcall(function() local s = "12a"; return -s end))
print(pcall(function() return {} + {} end))
print(pcall(function() local f = print; return f * 1 end))
