-- Concatenating a non-string/number names the variable and type.
local function msg(f) return (select(2, pcall(f)):gsub("^.-:%d+: ", "")) end
print(msg(function() local x = {}; return "a" .. x end)) -- expect: attempt to concatenate local 'x' (a table value)
print(msg(function() local y; return y .. "b" end)) -- expect: attempt to concatenate local 'y' (a nil value)
print(msg(function() return "a" .. undefined_global end)) -- expect: attempt to concatenate global 'undefined_global' (a nil value)
print(msg(function() local t = {}; return t.f .. "" end)) -- expect: attempt to concatenate field 'f' (a nil value)
print(msg(function() return "x" .. true end)) -- expect: attempt to concatenate a boolean value
