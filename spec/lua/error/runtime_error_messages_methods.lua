-- Calling a missing method names it.
local function msg(f) return (select(2, pcall(f)):gsub("^.-:%d+: ", "")) end
local obj = {}
print(msg(function() obj:foo() end)) -- expect: attempt to call method 'foo' (a nil value)
print(msg(function() obj:bar(1, 2) end)) -- expect: attempt to call method 'bar' (a nil value)
print(msg(function() local s = "str"; s:nomethod() end)) -- expect: attempt to call method 'nomethod' (a nil value)
print(msg(function() local x; x:m() end)) -- expect: attempt to index local 'x' (a nil value)
