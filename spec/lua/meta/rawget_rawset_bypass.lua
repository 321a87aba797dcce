-- rawget/rawset ignore __index/__newindex.
local t = setmetatable({}, {
  __index = function() return "meta" end,
  __newindex = function() error("should not run") end,
})
print(t.x, rawget(t, "x")) -- expect: meta	nil
rawset(t, "x", "raw")
print(t.x, rawget(t, "x")) -- expect: raw	raw
print(rawequal(t, t), rawequal(t, {})) -- expect: true	false
print(rawset(t, "y", 1) == t) -- expect: true
