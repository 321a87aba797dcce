-- Library argument errors name the function and argument.
local function msg(f) return (select(2, pcall(f)):gsub("^.-:%d+: ", "")) end
print(msg(function() local r = ("x"):rep(); return r end)) -- expect: bad argument #1 to 'rep' (number expected, got no value)
print(msg(function() local r = string.rep(); return r end)) -- expect: bad argument #1 to 'rep' (string expected, got no value)
print(msg(function() local r = math.floor("a"); return r end)) -- expect: bad argument #1 to 'floor' (number expected, got string)
print(msg(function() local r = setmetatable(1, {}); return r end)) -- expect: bad argument #1 to 'setmetatable' (table expected, got number)
print(msg(function() local r = ipairs(); return r end)) -- expect: bad argument #1 to 'ipairs' (table expected, got no value)
