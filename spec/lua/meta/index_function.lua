-- __index as a function receives the table and the key.
local t = setmetatable({}, { __index = function(tbl, k) return "computed " .. tostring(k) end })
print(t.foo) -- expect: computed foo
print(t[1]) -- expect: computed 1
t.foo = "real"
print(t.foo) -- expect: real
local seen
local u = setmetatable({}, { __index = function(tbl, k) seen = tbl; return nil end })
print(u.x, seen == u) -- expect: nil	true
