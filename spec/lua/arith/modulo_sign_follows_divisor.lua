-- 5.1 modulo: a % b == a - floor(a/b)*b, the result has the sign of b.
local function m(a, b) return a % b end
print(m(7, 3)) -- expect: 1
print(m(-7, 3)) -- expect: 2
print(m(7, -3)) -- expect: -2
print(m(-7, -3)) -- expect: -1
print(m(5.5, 2)) -- expect: 1.5
print(m(-5.5, 2)) -- expect: 0.5
print(m(3, 7)) -- expect: 3
print(m(0, 5)) -- expect: 0
print(m(6, 3)) -- expect: 0
local x = 1 % 0
print(x ~= x) -- expect: true
