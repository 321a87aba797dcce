-- Variable op numeric constant (ADDVN, SUBVN, MULVN, DIVVN, MODVN).
local x = 10
print(x + 1) -- expect: 11
print(x - 3) -- expect: 7
print(x * 2.5) -- expect: 25
print(x / 4) -- expect: 2.5
print(x % 3) -- expect: 1
print(x ^ 2) -- expect: 100
print(x + -1) -- expect: 9
print(x - 0.5) -- expect: 9.5
