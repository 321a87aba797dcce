-- insert uses the raw length and raw writes
local t = { n = 5 }
table.insert(t, "a")
print(t[1], t[6], t.n)
local log = {}
local m = setmetatable({}, { __newindex = function(t, k, v) log[#log + 1] = k; rawset(t, k, v) end })
table.insert(m, "x")
table.insert(m, "y")
print(#log, m[1], m[2])
local l = setmetatable({ 1, 2 }, { __len = function() return 10 end })
table.insert(l, 3)
print(l[3], l[11])
