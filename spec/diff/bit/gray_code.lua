-- Gray code encoding and decoding
local bit = require "bit"
local function gray(n) return bit.bxor(n, bit.rshift(n, 1)) end
local function ungray(g)
  local n = g
  local s = bit.rshift(g, 1)
  while s ~= 0 do n = bit.bxor(n, s); s = bit.rshift(s, 1) end
  return n
end
local out = {}
for i = 0, 15 do out[#out + 1] = gray(i) end
print(table.concat(out, " "))
local ok = true
for i = 0, 1000 do if ungray(gray(i)) ~= i then ok = false end end
print(ok)
