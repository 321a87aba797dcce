-- Arithmetic on a table without a handler is an error.
local function msg(f) return (select(2, pcall(f)):gsub("^.-:%d+: ", "")) end
print(msg(function() local a = {}; return a + 1 end)) -- expect: attempt to perform arithmetic on local 'a' (a table value)
print(msg(function() local t = { f = {} }; return -t.f end)) -- expect: attempt to perform arithmetic on field 'f' (a table value)
print(msg(function() local t = {}; return t.x * 2 end)) -- expect: attempt to perform arithmetic on field 'x' (a nil value)
print(msg(function() return 2 ^ {} end)) -- expect: attempt to perform arithmetic on a table value
