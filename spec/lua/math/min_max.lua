-- min and max take any number of arguments.
print(math.max(1, 5, 3), math.min(1, 5, 3)) -- expect: 5	1
print(math.max(-1), math.min(2.5, 2.25)) -- expect: -1	2.25
print(math.max(1, math.huge), math.min(-math.huge, 0)) -- expect: inf	-inf
local ok, e = pcall(function() local r = math.max(); return r end)
print(ok, (e:gsub("^.-:%d+: ", ""))) -- expect: false	bad argument #1 to 'max' (number expected, got no value)
