-- shifts in a hot loop with a changing count
local bit = require "bit"
local acc = 0
for i = 0, 999 do
  acc = bit.bxor(acc, bit.lshift(i, i % 32))
  acc = bit.bxor(acc, bit.rshift(acc, 3))
end
print(acc, bit.tohex(acc))
