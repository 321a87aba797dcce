-- Indexing a non-table names the variable.
local function msg(f) return (select(2, pcall(f)):gsub("^.-:%d+: ", "")) end
print(msg(function() local t; return t.x end)) -- expect: attempt to index local 't' (a nil value)
print(msg(function() local t = 1; t.x = 2 end)) -- expect: attempt to index local 't' (a number value)
print(msg(function() return nope.x end)) -- expect: attempt to index global 'nope' (a nil value)
print(msg(function() local t = {}; return t.a.b end)) -- expect: attempt to index field 'a' (a nil value)
print(msg(function() local t = {}; t.a.b = 1 end)) -- expect: attempt to index field 'a' (a nil value)
print(msg(function() local b = true; return b[1] end)) -- expect: attempt to index local 'b' (a boolean value)
