-- __le handles <= and >=; without __le, a <= b is not (b < a).
local mtLE = { __le = function(a, b) return a.n <= b.n end }
local a, b = setmetatable({ n = 1 }, mtLE), setmetatable({ n = 1 }, mtLE)
print(a <= b, a >= b) -- expect: true	true
local log = {}
local mtLT = { __lt = function(x, y) log[#log + 1] = x.n .. "<" .. y.n; return x.n < y.n end }
local p, q = setmetatable({ n = 1 }, mtLT), setmetatable({ n = 2 }, mtLT)
print(p <= q, q <= p) -- expect: true	false
print(p >= q) -- expect: false
print(table.concat(log, " ")) -- expect: 2<1 1<2 1<2
local none = setmetatable({}, {})
print((select(2, pcall(function() return none <= none end)):gsub("^.-:%d+: ", ""))) -- expect: attempt to compare two table values
