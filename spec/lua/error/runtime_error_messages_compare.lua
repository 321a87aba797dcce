-- Comparison errors name the two types.
local function msg(f) return (select(2, pcall(f)):gsub("^.-:%d+: ", "")) end
print(msg(function() return 1 < nil end)) -- expect: attempt to compare number with nil
print(msg(function() local a, b = {}, {}; return a < b end)) -- expect: attempt to compare two table values
print(msg(function() return "a" <= 1 end)) -- expect: attempt to compare string with number
print(msg(function() return nil > nil end)) -- expect: attempt to compare two nil values
print(msg(function() return print < print end)) -- expect: attempt to compare two function values
