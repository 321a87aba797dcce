-- errors raised inside metamethods carry their own position
local t = setmetatable({}, { __index = function(t, k) error("no key " .. k) end })
print(pcall(function() return t.abc end))
local u = setmetatable({}, { __add = function() local x; return x.y end })
print(pcall(function() return u + 1 end))
local v = setmetatable({}, { __call = function() error("call failed", 2) end })
print(pcall(function() v() end))
