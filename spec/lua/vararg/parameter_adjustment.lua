-- Missing arguments are nil; extra arguments are dropped.
local function two(a, b) return a, b end
print(two(1)) -- expect: 1	nil
print(two(1, 2, 3)) -- expect: 1	2
local function mixed(a, ...) return a, select("#", ...) end
print(mixed()) -- expect: nil	0
print(mixed(1, 2, 3)) -- expect: 1	2
