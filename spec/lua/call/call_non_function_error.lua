-- Calling a non-function names the callee.
local function msg(f) return (select(2, pcall(f)):gsub("^.-:%d+: ", "")) end
print(msg(function() undefined_f() end)) -- expect: attempt to call global 'undefined_f' (a nil value)
print(msg(function() local x = 3; x() end)) -- expect: attempt to call local 'x' (a number value)
print(msg(function() local t = {}; t.nope() end)) -- expect: attempt to call field 'nope' (a nil value)
print(msg(function() local t = {}; t:nope() end)) -- expect: attempt to call method 'nope' (a nil value)
print(msg(function() ("s")() end)) -- expect: attempt to call a string value
local up = {}
print(msg(function() up() end)) -- expect: attempt to call upvalue 'up' (a table value)
