-- Arithmetic between two registers (ADDVV, SUBVV, MULVV, DIVVV, MODVV, POW).
local a, b = 7, 2
print(a + b) -- expect: 9
print(a - b) -- expect: 5
print(a * b) -- expect: 14
print(a / b) -- expect: 3.5
print(a % b) -- expect: 1
print(a ^ b) -- expect: 49
local c = a + b * a - b / a
print(c) -- expect: 20.714285714286
