-- The left operand's handler is used first, else the right operand's.
local L = setmetatable({}, { __add = function(a, b) return "L" end })
local R = setmetatable({}, { __add = function(a, b) return "R" end })
print(L + R, R + L) -- expect: L	R
print(1 + R, R + 1) -- expect: R	R
print("10" + L) -- expect: L
local args = setmetatable({}, { __sub = function(a, b) return type(a) .. "," .. type(b) end })
print(args - 5, 5 - args) -- expect: table,number	number,table
