-- Runtime errors name local variables.
local function msg(f) return (select(2, pcall(f)):gsub("^.-:%d+: ", "")) end
print(msg(function() local t; t.x = 1 end)) -- expect: attempt to index local 't' (a nil value)
print(msg(function() local n = "s"; return n.x.y end)) -- expect: attempt to index field 'x' (a nil value)
print(msg(function() local f; f() end)) -- expect: attempt to call local 'f' (a nil value)
print(msg(function() local a; return a + 1 end)) -- expect: attempt to perform arithmetic on local 'a' (a nil value)
print(msg(function() local a = {}; return 1 - a end)) -- expect: attempt to perform arithmetic on local 'a' (a table value)
