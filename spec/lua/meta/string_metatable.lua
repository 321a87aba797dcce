-- Strings share a metatable whose __index is the string table.
local mt = getmetatable("")
print(type(mt), mt.__index == string) -- expect: table	true
print(getmetatable("a") == getmetatable("b")) -- expect: true
print(("x").rep == string.rep) -- expect: true
print(("abc").nofunc) -- expect: nil
