-- Library argument errors name the function and argument.
local function msg(f) return (select(2, pcall(f)):gsub("^.-:%d+: ", "")) end
print(msg(function() return ("x"):rep() end)) -- expect: bad argument #1 to 'rep' (number expected, got no value)
print(msg(function() return string.rep() end)) -- expect: bad argument #1 to 'rep' (string expected, got no value)
print(msg(function() return math.floor("a") end)) -- expect: bad argument #1 to 'floor' (number expected, got string)
print(msg(function() return setmetatable(1, {}) end)) -- expect: bad argument #1 to 'setmetatable' (table expected, got number)
print(msg(function() return ipairs() end)) -- expect: bad argument #1 to 'ipairs' (table expected, got no value)
