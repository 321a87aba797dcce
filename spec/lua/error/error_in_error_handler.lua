-- An error inside the handler is reported as a handler failure.
local ok, e = xpcall(function() error("first") end, function(m) error("second") end)
print(ok, type(e)) -- expect: false	string
print(e:find("first") == nil) -- expect: true
