-- doubles are exact up to 2^53
local big = 2 ^ 53
print(big, big + 1, big + 2, big - 1)
print(big + 1 == big, big - 1 == big)
print(2 ^ 31 * 2 ^ 31, 2 ^ 62 + 1 == 2 ^ 62)
print(9007199254740993, 123456789 * 987654321)
print(string.format("%.0f", 2 ^ 63), string.format("%.0f", 123456789 * 987654321))
