-- FNV-1a hashing with 32-bit multiplication done in halves
local bit = require "bit"
local function mul32(a, b)
  local ah, al = bit.rshift(a, 16), bit.band(a, 0xffff)
  return bit.tobit(bit.lshift(bit.tobit(ah * b), 16) + al * b)
end
local function fnv1a(s)
  local h = bit.tobit(0x811c9dc5)
  for i = 1, #s do h = mul32(bit.bxor(h, s:byte(i)), 0x01000193) end
  return h
end
local words = { "", "a", "foobar", "hello world" }
for i = 1, #words do print(words[i], bit.tohex(fnv1a(words[i]))) end
