-- Values without a name get the generic message.
local function msg(f) return (select(2, pcall(f)):gsub("^.-:%d+: ", "")) end
print(msg(function() return ({})() end)) -- expect: attempt to call a table value
print(msg(function() return (nil)[1] end)) -- expect: attempt to index a nil value
print(msg(function() local function f() end; return f().x end)) -- expect: attempt to index a nil value
print(msg(function() return {} .. "" end)) -- expect: attempt to concatenate a table value
print(msg(function() return -{} end)) -- expect: attempt to perform arithmetic on a table value
