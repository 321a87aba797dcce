-- __tostring is used by tostring and print.
local p = setmetatable({ x = 1, y = 2 }, { __tostring = function(s) return "P(" .. s.x .. "," .. s.y .. ")" end })
print(tostring(p)) -- expect: P(1,2)
print(p) -- expect: P(1,2)
print("" .. tostring(p)) -- expect: P(1,2)
local n = setmetatable({}, { __tostring = function() return 42 end })
print(tostring(n), type(tostring(n))) -- expect: 42	number
local bad = setmetatable({}, { __tostring = function() return {} end })
local ok, e = pcall(print, bad)
print(ok, e) -- expect: false	'tostring' must return a string to 'print'
