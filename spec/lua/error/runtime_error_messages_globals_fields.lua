-- Runtime errors name globals and fields.
local function msg(f) return (select(2, pcall(f)):gsub("^.-:%d+: ", "")) end
print(msg(function() nothing_here() end)) -- expect: attempt to call global 'nothing_here' (a nil value)
print(msg(function() return nothing_here.x end)) -- expect: attempt to index global 'nothing_here' (a nil value)
print(msg(function() local t = {}; return t.x + 1 end)) -- expect: attempt to perform arithmetic on field 'x' (a nil value)
print(msg(function() local t = { x = {} }; return t.x.y.z end)) -- expect: attempt to index field 'y' (a nil value)
print(msg(function() return string.nofunc("a") end)) -- expect: attempt to call field 'nofunc' (a nil value)
print(msg(function() return glob_num + 1 end)) -- expect: attempt to perform arithmetic on global 'glob_num' (a nil value)
