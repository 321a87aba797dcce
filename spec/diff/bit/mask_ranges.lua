-- building and applying masks
local bit = require "bit"
local function mask(lo, hi) return bit.band(bit.lshift(-1, lo), bit.rshift(-1, 31 - hi)) end
local x = 0xdeadbeef
for _, r in ipairs({ { 0, 7 }, { 8, 15 }, { 4, 27 }, { 0, 31 }, { 31, 31 } }) do
  local m = mask(r[1], r[2])
  print(r[1], r[2], bit.tohex(m), bit.tohex(bit.band(x, m)))
end
