-- counting set bits with band and rshift
local bit = require "bit"
local function popcount(x)
  local c = 0
  while x ~= 0 do c = c + bit.band(x, 1); x = bit.rshift(x, 1) end
  return c
end
local vals = { 0, 1, 255, 0x80000000, -1, 0x12345678, 0xdeadbeef }
for i = 1, #vals do print(bit.tohex(vals[i]), popcount(vals[i])) end
