-- Error values with __tostring can be printed by the catcher.
local E = setmetatable({ msg = "typed error" }, { __tostring = function(e) return "E: " .. e.msg end })
local ok, e = pcall(error, E)
print(ok, tostring(e)) -- expect: false	E: typed error
print(getmetatable(e) ~= nil) -- expect: true
