-- raw access bypasses __index and __newindex
local log = {}
local t = setmetatable({}, { __index = function(_, k) return "idx:" .. k end, __newindex = function(t, k, v) log[#log + 1] = k end })
print(t.a, rawget(t, "a"))
t.b = 1
print(rawget(t, "b"), #log, log[1])
print(rawset(t, "b", 2) == t, rawget(t, "b"), t.b)
print(rawget(t, 1), rawget(t, 1.0), rawget(t, "1"))
rawset(t, 1, "one")
print(rawget(t, 1), t[1], rawget(t, 1.0))
print(rawset(t, "b", nil) == t, rawget(t, "b"), t.b)
