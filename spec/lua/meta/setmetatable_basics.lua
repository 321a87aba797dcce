-- setmetatable returns its first argument; nil removes the metatable.
local mt = {}
local t = {}
print(setmetatable(t, mt) == t) -- expect: true
print(getmetatable(t) == mt) -- expect: true
setmetatable(t, nil)
print(getmetatable(t)) -- expect: nil
print(getmetatable(1), getmetatable(nil), getmetatable(print)) -- expect: nil	nil	nil
local ok, e = pcall(function() local r = setmetatable(t, 5); return r end)
print(ok, (e:gsub("^.-:%d+: ", ""))) -- expect: false	bad argument #2 to 'setmetatable' (nil or table expected)
