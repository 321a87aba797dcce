-- Assignments from calls with side effects happen left to right in the call order.
local log = {}
local function v(x) log[#log + 1] = x; return x end
local a, b, c = v(1), v(2), v(3)
print(table.concat(log, ",")) -- expect: 1,2,3
local t = { v("a"), v("b"), k = v("c") }
print(table.concat(log, ",")) -- expect: 1,2,3,a,b,c
