-- Division by zero produces infinities; 0/0 is NaN.
local z = 0
print(1 / z) -- expect: inf
print(-1 / z) -- expect: -inf
local n = z / z
print(n == n) -- expect: false
print(math.huge == 1 / z) -- expect: true
print(-math.huge == -1 / z) -- expect: true
print(1 / z > 1e308) -- expect: true
