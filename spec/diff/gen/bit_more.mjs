// Generates more spec/diff/bit/*.lua: every bit function against classes of
// awkward inputs (negative, beyond 32 bits, fractional with round-half-even,
// infinities and NaN, numeric strings, non-numbers), shift and rotate counts
// outside 0..31, tohex widths, algebraic identities, small real algorithms
// (CRC-32, FNV-1a, xorshift) and the argument errors of each function.
import { emit, done } from './_lib.mjs'

const GEN = 'bit_more.mjs'
const HEAD = 'local bit = require "bit"'
let n = 0

/** Emits one hand-written program (the require line is added). */
function prog(name, title, body) {
  emit(GEN, 'bit', name, title, [HEAD, ...body.replace(/^\n/, '').replace(/\n$/, '').split('\n')])
  n++
}

const CLASSES = {
  negative: ['-1', '-2', '-255', '-256', '-65536', '-0x7fffffff', '-0x80000000', '-0x80000001', '-0xffffffff', '-1e9'],
  huge: ['2^32', '2^32 + 1', '2^33 - 1', '2^40 + 0x1234', '2^51', '2^52 + 7', '2^53', '2^60', '2^63', '2^64 + 2^40', '1e15', '-2^40 - 3'],
  fractional: ['0.5', '1.5', '2.5', '3.5', '-0.5', '-1.5', '-2.5', '0.49999999', '0.50000001', '1e-300', '2^31 - 0.5', '2^31 + 0.5', '-2^31 - 0.5', '4294967295.5'],
  special: ['0', '-0', '1/0', '-1/0', '0/0', '2^1023', '-(2^1023)', '2^-1074'],
  strings: ['"0"', '"10"', '" 12 "', '"0x10"', '"0XfF"', '"1e2"', '"-7"', '"1.5"', '"  -0x1  "', '"4294967296"'],
}
const UNARY = ['tobit', 'bnot', 'bswap', 'tohex']
for (const fn of UNARY) {
  for (const cls of Object.keys(CLASSES)) {
    prog(`${fn}_${cls}`, `bit.${fn} of ${cls} inputs`, `
local values = { ${CLASSES[cls].join(', ')} }
for i = 1, #values do print(i, bit.${fn}(values[i])) end
`)
  }
  prog(`${fn}_nonnumbers`, `bit.${fn} of non-number arguments`, `
local values = { nil, true, false, {}, "abc", "", "0x", print }
for i = 1, 8 do print(i, pcall(function() return bit.${fn}(values[i]) end)) end
`)
}
const BINARY = ['band', 'bor', 'bxor']
for (const fn of BINARY) {
  for (const cls of ['negative', 'huge', 'fractional', 'special', 'strings']) {
    prog(`${fn}_${cls}`, `bit.${fn} of ${cls} inputs with a few masks`, `
local values = { ${CLASSES[cls].join(', ')} }
local masks = { 0xff, -1, 0x80000000, 0x12345678 }
for i = 1, #values do
  local row = {}
  for j = 1, #masks do row[j] = bit.${fn}(values[i], masks[j]) end
  print(i, table.concat(row, " "))
end
`)
  }
  prog(`${fn}_bad_args`, `bit.${fn} with a non-number in each position`, `
print(pcall(function() return bit.${fn}(nil) end))
print(pcall(function() return bit.${fn}(1, nil) end))
print(pcall(function() return bit.${fn}(1, 2, "x") end))
print(pcall(function() return bit.${fn}(1, 2, 3, {}) end))
print(pcall(function() return bit.${fn}(true, 1) end))
print(pcall(function() return bit.${fn}() end))
`)
  prog(`${fn}_fold_many`, `bit.${fn} over many arguments via unpack`, `
local t = {}
for i = 1, 40 do t[i] = (i * 0x9e3779b9) % 2^32 end
print(bit.${fn}(unpack(t)))
print(bit.${fn}(unpack(t, 1, 1)))
print(bit.${fn}(unpack(t, 1, 2)))
print(bit.tohex(bit.${fn}(unpack(t, 3, 17))))
`)
}
const SHIFTS = ['lshift', 'rshift', 'arshift', 'rol', 'ror']
const COUNTS = {
  ge32: ['32', '33', '35', '63', '64', '65', '96', '255', '256', '1000'],
  negative: ['-1', '-2', '-31', '-32', '-33', '-64', '-255'],
  fractional: ['0.5', '1.5', '2.5', '31.5', '-0.5', '-1.5', '7.49', '7.51'],
  huge: ['2^32', '2^32 + 3', '2^40 + 1', '2^53', '-2^32 - 1', '1/0', '-1/0', '0/0'],
  strings: ['"1"', '" 4 "', '"0x8"', '"31"', '"32"', '"-1"', '"2.5"'],
}
for (const fn of SHIFTS) {
  for (const cls of Object.keys(COUNTS)) {
    prog(`${fn}_count_${cls}`, `bit.${fn} with ${cls} shift counts`, `
local values = { 1, 0x80000001, -1, 0x12345678 }
local counts = { ${COUNTS[cls].join(', ')} }
for i = 1, #counts do
  local row = {}
  for j = 1, #values do row[j] = bit.tohex(bit.${fn}(values[j], counts[i])) end
  print(i, table.concat(row, " "))
end
`)
  }
  prog(`${fn}_value_classes`, `bit.${fn} of negative, huge and fractional values`, `
local values = { ${[...CLASSES.negative.slice(0, 4), ...CLASSES.huge.slice(0, 6), ...CLASSES.fractional.slice(0, 6)].join(', ')} }
for i = 1, #values do print(i, bit.${fn}(values[i], 3), bit.${fn}(values[i], 28)) end
`)
  prog(`${fn}_bad_args`, `bit.${fn} argument errors`, `
print(pcall(function() return bit.${fn}() end))
print(pcall(function() return bit.${fn}(1) end))
print(pcall(function() return bit.${fn}(nil, 1) end))
print(pcall(function() return bit.${fn}(1, "x") end))
print(pcall(function() return bit.${fn}({}, {}) end))
print(bit.${fn}(1, 2, "extra", {}))
`)
  prog(`${fn}_all_counts`, `bit.${fn} of one value by every count 0..40`, `
local row = {}
for s = 0, 40 do row[#row + 1] = bit.tohex(bit.${fn}(0x81234567, s)) end
for i = 1, #row, 8 do print(table.concat(row, " ", i, math.min(i + 7, #row))) end
`)
}
const WIDTHS = [['9', '9'], ['16', '16'], ['100', '100'], ['m9', '-9'], ['m100', '-100'], ['frac', '2.5'], ['frac_neg', '-3.5'], ['string', '"4"'], ['neg_zero', '-0'], ['wrap', '2^32 + 4'], ['nil', 'nil'], ['three', '3'], ['m3', '-3'], ['five', '5'], ['m6', '-6']]
for (const [name, w] of WIDTHS) {
  prog(`tohex_width_${name}`, `bit.tohex with width ${w}`, `
local values = { 0, 1, -1, 0xabcdef, 0x12345678, 0xdeadbeef, -2^31, 2^32 + 0xfe }
for i = 1, #values do print(bit.tohex(values[i], ${w})) end
`)
}
prog('tohex_width_errors', 'bit.tohex with a bad width', `
print(pcall(function() return bit.tohex(1, true) end))
print(pcall(function() return bit.tohex(1, {}) end))
print(pcall(function() return bit.tohex(1, "w") end))
print(pcall(function() return bit.tohex() end))
`)
prog('tohex_all_widths', 'bit.tohex of one value for widths -10..10', `
for w = -10, 10 do print(w, bit.tohex(0x9abcdef0, w)) end
`)
// identities
const IDENT = [
  ['xor_self_zero', 'x ~ x == 0', 'bit.bxor(x, x) == 0'],
  ['xor_twice', '(x ~ y) ~ y == x', 'bit.bxor(bit.bxor(x, 0x5a5a5a5a), 0x5a5a5a5a) == bit.tobit(x)'],
  ['de_morgan_and', '~(x & y) == ~x | ~y', 'bit.bnot(bit.band(x, 0x0ff0f00f)) == bit.bor(bit.bnot(x), bit.bnot(0x0ff0f00f))'],
  ['de_morgan_or', '~(x | y) == ~x & ~y', 'bit.bnot(bit.bor(x, 0x13579bdf)) == bit.band(bit.bnot(x), bit.bnot(0x13579bdf))'],
  ['rol_ror_inverse', 'ror(rol(x, s), s) == x', 'bit.ror(bit.rol(x, 13), 13) == bit.tobit(x)'],
  ['bswap_twice', 'bswap(bswap(x)) == x', 'bit.bswap(bit.bswap(x)) == bit.tobit(x)'],
  ['bnot_twice', 'bnot(bnot(x)) == x', 'bit.bnot(bit.bnot(x)) == bit.tobit(x)'],
  ['lshift_is_multiply', 'lshift(x, 3) == tobit(x * 8)', 'bit.lshift(x, 3) == bit.tobit(x * 8)'],
  ['arshift_sign', 'arshift(x, 31) is 0 or -1', 'bit.arshift(x, 31) == (bit.tobit(x) < 0 and -1 or 0)'],
  ['rshift_nonneg', 'rshift(x, 1) >= 0', 'bit.rshift(x, 1) >= 0'],
  ['rol_32_identity', 'rol(x, 32) == x', 'bit.rol(x, 32) == bit.tobit(x)'],
  ['band_bor_absorb', 'x & (x | y) == x', 'bit.band(x, bit.bor(x, 0x777)) == bit.tobit(x)'],
  ['tobit_idempotent', 'tobit(tobit(x)) == tobit(x)', 'bit.tobit(bit.tobit(x)) == bit.tobit(x)'],
  ['bnot_is_minus_one_minus', 'bnot(x) == -1 - tobit(x)', 'bit.bnot(x) == -1 - bit.tobit(x)'],
  ['xor_is_or_minus_and', 'x ~ y == (x | y) & ~(x & y)', 'bit.bxor(x, 0x3c3c) == bit.band(bit.bor(x, 0x3c3c), bit.bnot(bit.band(x, 0x3c3c)))'],
]
for (const [name, title, expr] of IDENT) {
  prog(`identity_${name}`, `identity ${title} over pseudo-random inputs`, `
local x, ok = 12345, 0
for i = 1, 300 do
  x = (x * 1103515245 + 12345) % 2^32
  if ${expr} then ok = ok + 1 else print("fails for", x) end
end
print(ok)
`)
}
prog('crc32', 'CRC-32 of a few strings', `
local function crc32(s)
  local crc = -1
  for i = 1, #s do
    crc = bit.bxor(crc, s:byte(i))
    for _ = 1, 8 do
      local mask = -bit.band(crc, 1)
      crc = bit.bxor(bit.rshift(crc, 1), bit.band(0xedb88320, mask))
    end
  end
  return bit.bnot(crc)
end
for _, s in ipairs({ "", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog" }) do
  print(bit.tohex(crc32(s)), crc32(s))
end
`)
prog('fnv1a', 'FNV-1a 32-bit hash with bit ops and modular multiply', `
local function fnv(s)
  local h = 0x811c9dc5
  for i = 1, #s do
    h = bit.bxor(h, s:byte(i))
    h = bit.tobit(bit.tobit(h * 0x193) + bit.lshift(bit.tobit(h * 0x100), 16) - bit.lshift(bit.tobit(h * 0x193), 0) + bit.tobit(h * 0x193))
  end
  return h
end
for _, s in ipairs({ "", "a", "foobar", "tracelua" }) do print(bit.tohex(fnv(s))) end
`)
prog('xorshift32', 'xorshift32 pseudo-random sequence', `
local x = 2463534242
for i = 1, 12 do
  x = bit.bxor(x, bit.lshift(x, 13))
  x = bit.bxor(x, bit.rshift(x, 17))
  x = bit.bxor(x, bit.lshift(x, 5))
  print(i, x, bit.tohex(x))
end
`)
prog('popcount', 'population count by shifting and masking', `
local function pop(x)
  local c = 0
  for _ = 1, 32 do c = c + bit.band(x, 1); x = bit.rshift(x, 1) end
  return c
end
for _, v in ipairs({ 0, 1, -1, 0x80000000, 0x55555555, 0x12345678, 2^32 + 3 }) do print(v, pop(v)) end
`)
prog('swar_popcount', 'SWAR population count', `
local function pop(x)
  x = x - bit.band(bit.rshift(x, 1), 0x55555555)
  x = bit.band(x, 0x33333333) + bit.band(bit.rshift(x, 2), 0x33333333)
  x = bit.band(x + bit.rshift(x, 4), 0x0f0f0f0f)
  return bit.rshift(bit.tobit(x * 0x01010101), 24)
end
for _, v in ipairs({ 0, 1, -1, 0x80000000, 0x55555555, 0x12345678, 0xdeadbeef }) do print(bit.tohex(v), pop(v)) end
`)
prog('pack_rgba', 'packing and unpacking bytes of a word', `
local function pack(r, g, b, a) return bit.bor(bit.lshift(r, 24), bit.lshift(g, 16), bit.lshift(b, 8), a) end
local function unpack4(c) return bit.rshift(c, 24), bit.band(bit.rshift(c, 16), 255), bit.band(bit.rshift(c, 8), 255), bit.band(c, 255) end
local c = pack(255, 128, 7, 1)
print(c, bit.tohex(c))
print(unpack4(c))
print(unpack4(pack(0, 0, 0, 0)))
print(unpack4(-1))
`)
prog('sign_extend', 'sign extension of 8 and 16 bit fields with arshift', `
for _, v in ipairs({ 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff }) do
  print(v, bit.arshift(bit.lshift(v, 24), 24), bit.arshift(bit.lshift(v, 16), 16))
end
`)
prog('bit_library_names', 'the names in the bit table', `
local names = {}
for k, v in pairs(bit) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
print(package.loaded.bit == bit)
`)
prog('require_bit_twice', 'require "bit" returns the same table', `
local b2 = require("bit")
print(b2 == bit, rawequal(b2, bit))
`)
prog('pcall_error_names', 'error messages when called through pcall directly (no name known)', `
print(pcall(bit.band, "x"))
print(pcall(bit.tobit))
print(pcall(bit.lshift, 1))
`)
prog('results_are_numbers', 'every function returns a number (tohex a string)', `
local fns = { "tobit", "bnot", "bswap", "band", "bor", "bxor", "lshift", "rshift", "arshift", "rol", "ror", "tohex" }
for _, f in ipairs(fns) do io.write(f, "=", type(bit[f](5, 1)), " ") end
print()
`)
prog('tobit_loop_wrap', 'tobit of a counter crossing 2^31', `
for i = 2^31 - 3, 2^31 + 3 do print(i, bit.tobit(i)) end
`)
prog('bnot_range', 'bnot over a small range', `
for i = -4, 4 do io.write(bit.bnot(i), " ") end
print()
`)
prog('bswap_bytes', 'bswap moves each byte', `
for _, v in ipairs({ 0x01, 0x0100, 0x010000, 0x01000000, 0x11223344, 0x80 }) do print(bit.tohex(v), bit.tohex(bit.bswap(v))) end
`)
prog('shift_by_variable', 'shifts by a loop variable', `
local r = {}
for s = -3, 35, 2 do r[#r + 1] = bit.lshift(1, s) .. "/" .. bit.rshift(-1, s) .. "/" .. bit.arshift(-256, s) end
for i = 1, #r, 5 do print(table.concat(r, " ", i, math.min(i + 4, #r))) end
`)
prog('mixed_expression', 'a mixed expression of several bit operations', `
local a, b, c = 0x12345678, 0x9abcdef0, 0x0f0f0f0f
print(bit.bxor(bit.band(a, b), bit.bor(bit.bnot(a), c)))
print(bit.tohex(bit.rol(bit.bxor(a, b), 7) + bit.ror(c, 3)))
print(bit.arshift(bit.lshift(a, 4), 8), bit.rshift(bit.lshift(a, 4), 8))
`)
const ALL = ['tobit', 'bnot', 'bswap', 'tohex', 'band', 'bor', 'bxor', 'lshift', 'rshift', 'arshift', 'rol', 'ror']
for (const fn of ALL) {
  const two = UNARY.includes(fn) ? '' : SHIFTS.includes(fn) ? ', i % 40' : ', y'
  prog(`${fn}_lcg_sweep`, `bit.${fn} over 200 pseudo-random doubles (checksum and samples)`, `
local x, y, sum = 1, 7, 0
local samples = {}
for i = 1, 200 do
  x = (x * 1103515245 + 12345) % 2^31
  y = (y * 69069 + 1) % 2^32 - 2^31
  local r = bit.${fn}(x * 3 - 2^31${two})
  if type(r) == "number" then sum = (sum + r) % 2^32 else sum = (sum * 31 + #r + r:byte(1)) % 2^32 end
  if i % 40 == 0 then samples[#samples + 1] = tostring(r) end
end
print(sum)
print(table.concat(samples, " "))
`)
}
for (const fn of SHIFTS) {
  prog(`${fn}_extract_fields`, `bit.${fn} and band to extract 4-bit fields`, `
local v = 0xfedcba98
local out = {}
for k = 0, 7 do out[#out + 1] = bit.band(bit.${fn}(v, 4 * k), 0xf) end
print(table.concat(out, " "))
`)
}
for (const fn of UNARY) {
  prog(`${fn}_powers_of_two`, `bit.${fn} of powers of two and their neighbours`, `
for e = 28, 34 do print(e, bit.${fn}(2^e - 1), bit.${fn}(2^e), bit.${fn}(2^e + 1)) end
`)
}
prog('string_coercion_arith', 'numeric strings from arithmetic and concatenation', `
print(bit.band("0x" .. "ff", 15), bit.bor(10 .. "", 5), bit.lshift("1", "4"))
print(bit.tohex("255" + 0, "4"))
`)
prog('results_as_table_keys', 'results of bit ops used as table keys', `
local t = {}
t[bit.band(0x1ff, 0xff)] = "a"
t[bit.tobit(2^32 + 255)] = (t[255] or "?") .. "b"
print(t[255], bit.tobit(2^32 + 255) == 255)
`)
prog('format_hex_vs_tohex', 'string.format("%x") agrees with tohex for non-negative results', `
for _, v in ipairs({ 0, 1, 255, 0x12345678, 0x7fffffff }) do print(string.format("%08x", v), bit.tohex(v)) end
`)
done(GEN, n)
