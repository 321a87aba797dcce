-- packing four bytes into one number and back
local bit = require "bit"
local function pack(a, b, c, d) return bit.bor(bit.lshift(a, 24), bit.lshift(b, 16), bit.lshift(c, 8), d) end
local function unpack4(x) return bit.band(bit.rshift(x, 24), 255), bit.band(bit.rshift(x, 16), 255), bit.band(bit.rshift(x, 8), 255), bit.band(x, 255) end
local p = pack(0xde, 0xad, 0xbe, 0xef)
print(p, bit.tohex(p))
print(unpack4(p))
print(bit.tohex(bit.bswap(p)), unpack4(bit.bswap(p)))
