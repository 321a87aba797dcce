-- print separates values with tabs and converts with tostring.
print(1, "a", nil, true) -- expect: 1	a	nil	true
print() -- expect:
print(nil) -- expect: nil
print("") -- expect:
local t = setmetatable({}, { __tostring = function() return "T" end })
print(t, t) -- expect: T	T
