-- unary minus on non-numbers
print(pcall(function() local x; return -x end))
print(pcall(function() local t = { v = "x" }; return -t.v end))
print(pcall(function() return -{} end))
