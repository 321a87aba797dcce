// Generates spec/diff/base/tonumber_*.lua and tostring_*.lua: tonumber over
// families of strings (decimal forms, hex, whitespace, junk) and over every
// base 2..36, and tostring over families of numbers.
import { emit, luaStr, done } from './_lib.mjs'

const GEN = 'base.mjs'
const FAMILIES = [
  ['decimal', ['0', '1', '-1', '+1', '12345', '007', '1.5', '-1.5', '.5', '5.', '-.5', '1e3', '1E3', '1e+3', '1e-3', '-1.25e-2', '123456789012345678']],
  ['hex', ['0x0', '0x10', '0XFF', '0xabcdef', '-0x10', '0x7fffffff', '0xffffffff', '0x100000000', '0x', '0xg']],
  ['whitespace', [' 1', '1 ', '  1  ', '\t2\n', '\n\r\v\f3', '1 2', ' ', '']],
  ['junk', ['abc', '1a', 'a1', '1..2', '1e', '1e+', '--1', '- 1', '1-', 'one', '0b101', '1_000', '١']],
]
const BASES = ['2', '8', '10', '16', '36']
const BASE_STRS = ['0', '1', '10', '11', '101', '777', '8', '9', 'ff', 'FF', 'zz', 'Zz', ' 10 ', '1.5', '', 'g', '7fffffff', '100000000']

let n = 0
for (const [name, strs] of FAMILIES) {
  emit(GEN, 'base', `tonumber_${name}`, `tonumber over ${name} strings`, [
    `local strs = { ${strs.map(luaStr).join(', ')} }`,
    `for i = 1, #strs do print(string.format("%q", strs[i]), tonumber(strs[i])) end`,
  ])
  n++
}
for (const b of BASES) {
  emit(GEN, 'base', `tonumber_base_${b}`, `tonumber(s, ${b})`, [
    `local strs = { ${BASE_STRS.map(luaStr).join(', ')} }`,
    `for i = 1, #strs do print(string.format("%q", strs[i]), tonumber(strs[i], ${b})) end`,
  ])
  n++
}
emit(GEN, 'base', 'tonumber_every_base', 'tonumber of "10" and "zz" in every base from 2 to 36', [
  'for b = 2, 36 do print(b, tonumber("10", b), tonumber("zz", b), tonumber("1z", b)) end',
])
n++
const NUMS = [
  ['integers', ['0', '1', '-1', '42', '1000000', '2^31', '2^32', '2^53', '-2^53', '1e14', '1e15', '1e16', '123456789012345']],
  ['fractions', ['0.5', '0.1', '0.25', '1/3', '2/3', '-1/3', '3.14159265358979', '1e-5', '1e-300', '123.456', '99.99999999999999', '0.000001']],
  ['large', ['1e100', '1e300', '1.7976931348623157e308', '2^63', '2^64', '-1e200', '1e21', '1e22', '12345678901234567890']],
]
for (const [name, nums] of NUMS) {
  emit(GEN, 'base', `tostring_${name}`, `tostring of ${name} (%.14g)`, [
    `local nums = { ${nums.join(', ')} }`,
    `for i = 1, #nums do print(tostring(nums[i]), nums[i] .. "", string.format("%.14g", nums[i])) end`,
  ])
  n++
}
done(GEN, n)
