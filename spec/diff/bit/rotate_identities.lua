-- rol and ror are inverses; rotating by 32 is the identity
local bit = require "bit"
local bad = 0
local x = 0x12345678
for n = -40, 40 do
  if bit.ror(bit.rol(x, n), n) ~= x then bad = bad + 1 end
  if bit.rol(x, n) ~= bit.rol(x, n + 32) then bad = bad + 1 end
end
print(bad, bit.tohex(bit.rol(x, 4)), bit.tohex(bit.ror(x, 4)))
