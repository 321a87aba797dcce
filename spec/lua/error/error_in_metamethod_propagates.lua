-- Errors raised inside metamethods propagate through the operation.
local t = setmetatable({}, { __index = function(_, k) error("no field " .. k, 0) end })
print(pcall(function() return t.abc end)) -- expect: false	no field abc
local u = setmetatable({}, { __add = function() error({ tag = "add" }) end })
local ok, e = pcall(function() return u + 1 end)
print(ok, e.tag) -- expect: false	add
