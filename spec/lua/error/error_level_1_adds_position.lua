-- error("msg") prefixes the position of the error call.
local ok, e = pcall(function() error("boom") end)
print(ok, e:match(":(%d+): boom$")) -- expect: false	2
local ok2, e2 = pcall(function() error("lvl1", 1) end)
print(e2:match(":(%d+): lvl1$")) -- expect: 4
