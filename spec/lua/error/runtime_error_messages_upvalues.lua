-- Runtime errors name upvalues.
local function msg(f) return (select(2, pcall(f)):gsub("^.-:%d+: ", "")) end
local u
local n = {}
print(msg(function() return u.x end)) -- expect: attempt to index upvalue 'u' (a nil value)
print(msg(function() u() end)) -- expect: attempt to call upvalue 'u' (a nil value)
print(msg(function() return n * 2 end)) -- expect: attempt to perform arithmetic on upvalue 'n' (a table value)
print(msg(function() return "x" .. n end)) -- expect: attempt to concatenate upvalue 'n' (a table value)
