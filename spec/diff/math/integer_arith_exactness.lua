-- integer arithmetic stays exact below 2^53
local a = 2^53 - 1
print(a, a + 1, a + 2, a - 1)
print(a * 1, a / 1, a % 7, math.fmod(a, 7))
print(123456789 * 987654321, 99999999 * 99999999)
print(2^31 * 2^21, 3^33, 7^18)
