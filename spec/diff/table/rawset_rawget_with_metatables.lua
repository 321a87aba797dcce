-- rawset and rawget bypass metamethods on tables with both
local log = {}
local t = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get " .. k; return "default" end,
  __newindex = function(tt, k, v) log[#log + 1] = "set " .. k; rawset(tt, k, v) end,
})
t.a = 1
rawset(t, "b", 2)
print(t.a, t.b, t.c, rawget(t, "c"))
print(table.concat(log, ", "))
