-- assert returns all its arguments or raises its message.
print(assert(1, 2, 3)) -- expect: 1	2	3
print(pcall(assert, false)) -- expect: false	assertion failed!
print(pcall(assert, nil, "custom message")) -- expect: false	custom message
local ok, e = pcall(function() assert(false, "from lua") end)
print(ok, e:match(":(%d+): from lua$")) -- expect: false	5
local ok2, e2 = pcall(function() assert(nil, 12) end)
print(type(e2), e2:match(":%d+: (12)$")) -- expect: string	12
print(pcall(assert, 0)) -- expect: true	0
