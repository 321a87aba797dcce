-- xpcall with handlers that transform the error
print(xpcall(function() error("e1") end, function(m) return "H(" .. m .. ")" end))
print(xpcall(function() local t; return t.x end, string.upper))
print(xpcall(function() return 1, 2 end, print))
print(xpcall(function() error({ 1, 2 }) end, function(e) return #e end))
