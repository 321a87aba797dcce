-- a 32-bit xorshift generator in a hot loop
local bit = require "bit"
local bxor, lshift, rshift = bit.bxor, bit.lshift, bit.rshift
local s = 2463534242
local out = {}
for i = 1, 1000 do
  s = bxor(s, lshift(s, 13))
  s = bxor(s, rshift(s, 17))
  s = bxor(s, lshift(s, 5))
  if i % 200 == 0 then out[#out + 1] = bit.tohex(s) end
end
print(table.concat(out, " "))
