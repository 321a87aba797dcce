-- __newindex as a function intercepts assignments to absent keys.
local log = {}
local t = setmetatable({}, { __newindex = function(tbl, k, v)
  log[#log + 1] = tostring(k) .. "=" .. tostring(v)
  rawset(tbl, k, v * 2)
end })
t.a = 1
t.a = 5
t[2] = 3
print(t.a, t[2]) -- expect: 5	6
print(table.concat(log, " ")) -- expect: a=1 2=3
