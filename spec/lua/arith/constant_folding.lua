-- Expressions of constants only (folded by the parser) give the same values.
print(2 + 3 * 4) -- expect: 14
print((2 + 3) * 4) -- expect: 20
print(7 / 2) -- expect: 3.5
print(-7 % 3) -- expect: 2
print(2 ^ 10) -- expect: 1024
print(- - 5) -- expect: 5
print(1e300 * 1e10) -- expect: inf
print(-(1e300 * 1e10)) -- expect: -inf
local nan = 0 / 0
print(nan ~= nan) -- expect: true
