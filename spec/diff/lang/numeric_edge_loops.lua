-- loops whose bounds are computed at run time
local function count(a, b, c) local n = 0 for i = a, b, c do n = n + 1 end return n end
print(count(1, 10, 1), count(10, 1, -1), count(1, 10, 3), count(1, 1, 1), count(1, 0, 1))
print(count(0, 1, 0.1), count(1, 2, 0.5), count(-5, 5, 2.5), count(5, -5, -2.5))
