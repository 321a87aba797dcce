-- LuaJIT-only behaviour (verified with `luajit`): require "table.new" / "table.clear".
local new = require("table.new")
local clear = require("table.clear")
local t = new(10, 5)
print(type(t), #t, next(t)) -- expect: table	0	nil
for i = 1, 10 do t[i] = i end
t.x = 1
print(#t) -- expect: 10
clear(t)
print(#t, next(t)) -- expect: 0	nil
