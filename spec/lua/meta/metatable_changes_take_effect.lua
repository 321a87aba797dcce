-- Adding or removing a handler on a live metatable changes behaviour at once.
local mt = {}
local t = setmetatable({}, mt)
print(t.x) -- expect: nil
mt.__index = function() return "now" end
print(t.x) -- expect: now
mt.__index = nil
print(t.x) -- expect: nil
mt.__index = { x = "table" }
print(t.x) -- expect: table
