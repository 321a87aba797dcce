-- CRC-32 of a few strings (table-driven)
local bit = require "bit"
local band, bxor, rshift, bnot = bit.band, bit.bxor, bit.rshift, bit.bnot
local tbl = {}
for i = 0, 255 do
  local c = i
  for _ = 1, 8 do
    if band(c, 1) == 1 then c = bxor(rshift(c, 1), 0xEDB88320) else c = rshift(c, 1) end
  end
  tbl[i] = c
end
local function crc32(s)
  local c = 0xFFFFFFFF
  for i = 1, #s do c = bxor(rshift(c, 8), tbl[band(bxor(c, s:byte(i)), 0xFF)]) end
  return bnot(c)
end
print(bit.tohex(crc32("")), bit.tohex(crc32("a")), bit.tohex(crc32("The quick brown fox jumps over the lazy dog")))
print(bit.tohex(crc32(("x"):rep(1000))))
