-- __lt handles < and > (with swapped operands).
local log = {}
local mt = { __lt = function(a, b) log[#log + 1] = a.n .. "<" .. b.n; return a.n < b.n end }
local x = setmetatable({ n = 1 }, mt)
local y = setmetatable({ n = 2 }, mt)
print(x < y, y < x) -- expect: true	false
print(x > y, y > x) -- expect: false	true
print(table.concat(log, " ")) -- expect: 1<2 2<1 2<1 1<2
local mt2 = { __lt = function() return 1 end }
local p, q = setmetatable({}, mt2), setmetatable({}, mt2)
print(p < q) -- expect: true
