-- Events are read from the metatable raw: a metatable's own __index is not consulted.
local handlers = { __add = function() return "found" end }
local mt = setmetatable({}, { __index = handlers })
local t = setmetatable({}, mt)
print(mt.__add ~= nil) -- expect: true
print((pcall(function() return t + 1 end))) -- expect: false
local mt2 = { __add = function() return "direct" end }
print(setmetatable({}, mt2) + 1) -- expect: direct
