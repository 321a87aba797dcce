-- __metatable is returned by getmetatable and blocks setmetatable.
local t = setmetatable({}, { __metatable = "locked" })
print(getmetatable(t)) -- expect: locked
local ok, e = pcall(setmetatable, t, {})
print(ok, e) -- expect: false	cannot change a protected metatable
local f = setmetatable({}, { __metatable = false })
print(getmetatable(f)) -- expect: false
print(pcall(setmetatable, f, nil)) -- expect: false	cannot change a protected metatable
