-- every bit operation returns a signed 32-bit number
local bit = require "bit"
print(bit.bor(0x80000000, 0), bit.lshift(1, 31), bit.bnot(0), bit.rshift(-1, 0), bit.rshift(-1, 1))
print(bit.arshift(-8, 1), bit.rshift(-8, 1), bit.arshift(0x80000000, 31))
