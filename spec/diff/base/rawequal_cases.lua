-- rawequal ignores __eq
local mt = { __eq = function() return true end }
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, rawequal(a, b), rawequal(a, a))
print(rawequal(1, 1), rawequal("a", "a"), rawequal(nil, nil), rawequal(1, "1"), rawequal(0, -0))
print(pcall(rawequal, 1))
