-- # on a value without length names it.
local function msg(f) return (select(2, pcall(f)):gsub("^.-:%d+: ", "")) end
print(msg(function() local n; return #n end)) -- expect: attempt to get length of local 'n' (a nil value)
print(msg(function() local n = 5; return #n end)) -- expect: attempt to get length of local 'n' (a number value)
print(msg(function() return #missing end)) -- expect: attempt to get length of global 'missing' (a nil value)
