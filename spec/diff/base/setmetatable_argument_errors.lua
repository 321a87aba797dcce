-- setmetatable argument checks
print(pcall(setmetatable))
print(pcall(setmetatable, {}))
print(pcall(setmetatable, {}, 5))
print(pcall(setmetatable, {}, "mt"))
print(pcall(setmetatable, 5, {}))
print(pcall(setmetatable, "s", {}))
print(pcall(setmetatable, nil, nil))
local t = {}
print(setmetatable(t, {}) == t, select("#", setmetatable(t, nil)))
print(select("#", pcall(setmetatable, {}, nil, 3)))
