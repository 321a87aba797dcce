-- __len is used for userdata (newproxy).
local u = newproxy(true)
getmetatable(u).__len = function(self) return 42 end
print(#u) -- expect: 42
local plain = newproxy(false)
local ok, e = pcall(function() return #plain end)
print(ok, (e:gsub("^.-:%d+: ", ""))) -- expect: false	attempt to get length of upvalue 'plain' (a userdata value)
print(type(u)) -- expect: userdata
