-- tobit wraps numbers into the signed 32-bit range
local bit = require "bit"
local vals = { 2 ^ 31, 2 ^ 31 + 1, 2 ^ 32 - 1, 2 ^ 32, -2 ^ 31 - 1, 4294967296 * 3 + 7, -1.5, 1.4999, 0.5, 1.5, 2.5 }
for i = 1, #vals do print(string.format("%.1f", vals[i]), bit.tobit(vals[i])) end
print(bit.tobit(0xffffffff) == -1, bit.band(0xffffffff, 0xffffffff))
