-- 5.1: # on a table never calls __len.
local called = false
local t = setmetatable({ 1, 2, 3 }, { __len = function() called = true; return 99 end })
print(#t, called) -- expect: 3	false
