-- Numeric comparisons (ISLT, ISGE, ISLE, ISGT) with registers and constants.
local a, b = 1, 2
print(a < b, a <= b, a > b, a >= b) -- expect: true	true	false	false
print(b < a, b <= a, b > a, b >= a) -- expect: false	false	true	true
print(a < 1, a <= 1, a > 1, a >= 1) -- expect: false	true	false	true
print(a == 1, a ~= 1, 1 == a, 1 ~= a) -- expect: true	false	true	false
print(-1 < 0, 0.5 > 0.25) -- expect: true	true
local inf = 1 / 0
print(a < inf, -inf < a) -- expect: true	true
