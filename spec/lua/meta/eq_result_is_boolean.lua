-- The result of __eq is converted to a boolean.
local mt = { __eq = function(a, b) return "truthy string" end }
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b) -- expect: true
print(a ~= b) -- expect: false
local mt2 = { __eq = function() return nil end }
local c, d = setmetatable({}, mt2), setmetatable({}, mt2)
print(c == d, c ~= d) -- expect: false	true
