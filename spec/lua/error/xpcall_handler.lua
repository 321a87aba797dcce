-- xpcall calls the handler with the error and returns its result.
local function handler(e) return "handled: " .. tostring(e) end
print(xpcall(function() error("oops", 0) end, handler)) -- expect: false	handled: oops
print(xpcall(function() return "fine", 2 end, handler)) -- expect: true	fine	2
local ok, e = xpcall(function() local t = nil; return t.x end, function(m) return (m:gsub("^.-:%d+: ", "")) end)
print(ok, e) -- expect: false	attempt to index local 't' (a nil value)
print(xpcall(function() error({}) end, function(m) return type(m) end)) -- expect: false	table
