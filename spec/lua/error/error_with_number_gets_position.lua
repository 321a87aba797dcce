-- A number message counts as a string: it gets a position and becomes a string.
local ok, e = pcall(function() error(42) end)
print(ok, type(e), e:match(":%d+: (42)$")) -- expect: false	string	42
local ok2, e2 = pcall(function() error(42, 0) end)
print(type(e2), e2) -- expect: number	42
