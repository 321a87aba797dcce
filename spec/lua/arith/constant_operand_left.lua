-- Numeric constant op variable (ADDNV, SUBNV, MULNV, DIVNV, MODNV).
local x = 4
print(1 + x) -- expect: 5
print(10 - x) -- expect: 6
print(3 * x) -- expect: 12
print(1 / x) -- expect: 0.25
print(10 % x) -- expect: 2
print(2 ^ x) -- expect: 16
print(100 - x - x) -- expect: 92
