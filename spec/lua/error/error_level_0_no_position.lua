-- Level 0 leaves the message untouched.
local ok, e = pcall(function() error("plain", 0) end)
print(ok, e) -- expect: false	plain
local ok2, e2 = pcall(error, "direct")
print(ok2, e2) -- expect: false	direct
