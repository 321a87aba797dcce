-- rawequal ignores __eq and compares by identity/value
local mt = { __eq = function() return true end }
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, rawequal(a, b), rawequal(a, a))
print(rawequal(1, 1), rawequal(1, 1.0), rawequal(1, "1"), rawequal("a", "a"))
print(rawequal(nil, nil), rawequal(nil, false), rawequal(0/0, 0/0), rawequal(0, -0))
print(rawequal(print, print), rawequal(print, tostring))
print(pcall(rawequal))
print(pcall(rawequal, 1))
print(select("#", rawequal(1, 2, 3)))
