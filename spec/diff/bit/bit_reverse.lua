-- reversing the bits of 32-bit values
local bit = require "bit"
local function rev(x)
  local r = 0
  for i = 1, 32 do
    r = bit.bor(bit.lshift(r, 1), bit.band(x, 1))
    x = bit.rshift(x, 1)
  end
  return r
end
for _, v in ipairs({ 1, 2, 0x80000000, 0x12345678, -1, 0 }) do print(bit.tohex(v), bit.tohex(rev(v))) end
