-- __index functions and tables consulted in a hot loop
local defaults = { hp = 100, mp = 50 }
local calls = 0
local proxy = setmetatable({}, { __index = function(_, k) calls = calls + 1; return #k end })
local obj = setmetatable({ name = "x" }, { __index = defaults })
local s = 0
for i = 1, 1000 do s = s + obj.hp + obj.mp + proxy.abc end
print(s, calls)
