-- UNM on registers, constants and expressions.
local a = 5
print(-a) -- expect: -5
print(-(-a)) -- expect: 5
print(-a * 2) -- expect: -10
local z = 0
print(-z) -- expect: -0
print(1 / -z) -- expect: -inf
local s = "3"
print(-s) -- expect: -3
