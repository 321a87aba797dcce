-- A __call handler can call other callable objects; __call itself must be a function.
local inner = setmetatable({}, { __call = function(self, x) return "inner(" .. x .. ")" end })
local outer = setmetatable({}, { __call = function(self, x) return "outer(" .. inner(x) .. ")" end })
print(outer("v")) -- expect: outer(inner(v))
local bad = setmetatable({}, { __call = inner })
local ok, e = pcall(function() return bad(1) end)
print(ok, (e:gsub("^.-:%d+: ", ""))) -- expect: false	attempt to call upvalue 'bad' (a table value)
