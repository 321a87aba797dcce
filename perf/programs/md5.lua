-- md5: the MD5 message digest (RFC 1321) written with the LuaJIT/BitOp
-- `bit` library: 32-bit and/or/xor/not, rotates and modular additions
-- normalised with bit.tobit.  Hashes a chain of n messages of varying
-- length (each message embeds the previous digest) after checking the RFC
-- test vectors.  Size: number of messages.
--
-- Engines without a `bit` module but with native integer operators (Lua
-- 5.3+, e.g. lua5.4) get a small compatible shim compiled from a string, so
-- the file still parses as Lua 5.1.
local n = tonumber(arg and arg[1]) or 3000

local ok, bit = pcall(require, "bit")
if not ok then
  bit = assert(load([[
    local function tobit(x)
      x = x & 0xffffffff
      if x >= 0x80000000 then x = x - 0x100000000 end
      return x
    end
    local function band(a, b, ...)
      local r = a & b
      if ... then for _, v in ipairs({...}) do r = r & v end end
      return tobit(r)
    end
    local function bor(a, b, ...)
      local r = a | b
      if ... then for _, v in ipairs({...}) do r = r | v end end
      return tobit(r)
    end
    local function bxor(a, b, ...)
      local r = a ~ b
      if ... then for _, v in ipairs({...}) do r = r ~ v end end
      return tobit(r)
    end
    return {
      tobit = tobit, band = band, bor = bor, bxor = bxor,
      bnot = function(a) return tobit(~a) end,
      lshift = function(a, s) return tobit((a & 0xffffffff) << (s & 31)) end,
      rshift = function(a, s) return tobit((a & 0xffffffff) >> (s & 31)) end,
      rol = function(a, s)
        a = a & 0xffffffff; s = s & 31
        return tobit((a << s) | (a >> (32 - s)))
      end,
    }
  ]]))()
end

local band, bor, bxor, bnot = bit.band, bit.bor, bit.bxor, bit.bnot
local lshift, rshift, rol, tobit = bit.lshift, bit.rshift, bit.rol, bit.tobit
local byte, char, format, rep, sub = string.byte, string.char, string.format, string.rep, string.sub
local concat = table.concat

-- K[i] = floor(|sin(i)| * 2^32), written out
local K = {
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee,
  0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
  0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
  0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa,
  0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
  0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
  0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
  0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05,
  0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039,
  0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
  0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
  0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
}
for i = 1, 64 do K[i] = tobit(K[i]) end

-- per-step rotation amounts (four per round, repeated four times)
local SHIFT = { 7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21 }
local S, G = {}, {}
for i = 0, 63 do
  local round = math.floor(i / 16)
  S[i + 1] = SHIFT[round * 4 + i % 4 + 1]
  if round == 0 then G[i + 1] = i
  elseif round == 1 then G[i + 1] = (5 * i + 1) % 16
  elseif round == 2 then G[i + 1] = (3 * i + 5) % 16
  else G[i + 1] = (7 * i) % 16 end
end

local M = {}

-- process one 64-byte block starting at pos; h holds the running state
local function block(h, s, pos)
  for j = 0, 15 do
    local b1, b2, b3, b4 = byte(s, pos + j * 4, pos + j * 4 + 3)
    M[j] = bor(b1, lshift(b2, 8), lshift(b3, 16), lshift(b4, 24))
  end
  local a, b, c, d = h[1], h[2], h[3], h[4]
  for i = 1, 64 do
    local f
    if i <= 16 then f = bor(band(b, c), band(bnot(b), d))
    elseif i <= 32 then f = bor(band(d, b), band(bnot(d), c))
    elseif i <= 48 then f = bxor(b, c, d)
    else f = bxor(c, bor(b, bnot(d))) end
    f = tobit(f + a + K[i] + M[G[i]])
    a = d
    d = c
    c = b
    b = tobit(b + rol(f, S[i]))
  end
  h[1] = tobit(h[1] + a)
  h[2] = tobit(h[2] + b)
  h[3] = tobit(h[3] + c)
  h[4] = tobit(h[4] + d)
end

-- little-endian hex of one 32-bit word
local function hexLE(w)
  return format("%02x%02x%02x%02x", band(w, 255), band(rshift(w, 8), 255),
    band(rshift(w, 16), 255), band(rshift(w, 24), 255))
end

local function md5(msg)
  local len = #msg
  -- padding: 0x80, zeros to 56 mod 64, then the bit length (64-bit LE)
  local padLen = 56 - (len + 1) % 64
  if padLen < 0 then padLen = padLen + 64 end
  local bits = len * 8
  local lo = bits % 4294967296
  local hi = math.floor(bits / 4294967296)
  local tail = char(128) .. rep("\0", padLen) ..
    char(lo % 256, math.floor(lo / 256) % 256, math.floor(lo / 65536) % 256,
         math.floor(lo / 16777216) % 256, hi % 256, math.floor(hi / 256) % 256,
         math.floor(hi / 65536) % 256, math.floor(hi / 16777216) % 256)
  local s = msg .. tail
  local h = { tobit(0x67452301), tobit(0xefcdab89), tobit(0x98badcfe), tobit(0x10325476) }
  for pos = 1, #s, 64 do block(h, s, pos) end
  return hexLE(h[1]) .. hexLE(h[2]) .. hexLE(h[3]) .. hexLE(h[4])
end

-- RFC 1321 test suite
local VECTORS = {
  { "", "d41d8cd98f00b204e9800998ecf8427e" },
  { "a", "0cc175b9c0f1b6a831c399e269772661" },
  { "abc", "900150983cd24fb0d6963f7d28e17f72" },
  { "message digest", "f96b697d7cb7938d525a2f31aaf161d0" },
  { "abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b" },
  { "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "d174ab98d277d9f5a5611c2c9f419d9f" },
  { rep("1234567890", 8), "57edf4a22be3c955ac49da2e2107b67a" },
}
for i = 1, #VECTORS do
  local got = md5(VECTORS[i][1])
  if got ~= VECTORS[i][2] then
    error(format("md5 test vector %d: got %s", i, got))
  end
end
print(format("%d test vectors ok", #VECTORS))

local digest = md5("seed")
local total = 0
for i = 1, n do
  local msg = rep(digest, i % 13 + 1) .. sub("the quick brown fox jumps over the lazy dog", 1, i % 44)
  total = total + #msg
  digest = md5(msg)
end
print(format("%d messages, %d bytes, final digest %s", n, total, digest))
