-- strings index the string table through their metatable
local s = "hello"
print(s:upper(), s:len(), ("x"):rep(3), s:sub(2, 3))
print(#s, s.len == string.len, ("abc").nosuch)
local mt = getmetatable("")
print(mt.__index == string, rawequal(mt, getmetatable("other")))
print(pcall(function() return s:nosuch() end))
print(pcall(function() return (5):len() end))
