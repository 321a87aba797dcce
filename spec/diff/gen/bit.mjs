// Generates spec/diff/bit/*.lua: the LuaJIT `bit` library (recorded with lua5.1
// + lua-bitop, the same semantics). Each program starts with
// `local bit = require "bit"` and applies one function to a list of inputs or
// to every pair of inputs.
import { emit, done } from './_lib.mjs'

const GEN = 'bit.mjs'
const HEAD = 'local bit = require "bit"'
const VALS = ['0', '1', '-1', '2', '255', '0x7fffffff', '0x80000000', '0xffffffff', '2^32', '2^32 + 5', '-2^31', '-2^31 - 1', '0x12345678', '0xdeadbeef', '1.5', '2.5', '-1.5', '-2.5', '0.4999', '2^52', '2^53 - 1', '-(2^32) + 3', '"42"', '"0x10"']
const SMALL = ['0', '1', '-1', '0x80000000', '0x12345678', '0xdeadbeef', '0xff00ff00', '12345']
const SHIFTS = ['0', '1', '4', '8', '31', '32', '33', '-1', '64', '100']

let n = 0
for (const fn of ['tobit', 'bnot', 'bswap', 'tohex']) {
  emit(GEN, 'bit', `${fn}_values`, `bit.${fn} over a list of inputs`, [
    HEAD,
    `local values = { ${VALS.join(', ')} }`,
    `for i = 1, #values do print(i, bit.${fn}(values[i])) end`,
  ])
  n++
}
for (const fn of ['band', 'bor', 'bxor']) {
  emit(GEN, 'bit', `${fn}_matrix`, `bit.${fn} on every pair of inputs`, [
    HEAD,
    `local values = { ${SMALL.join(', ')} }`,
    `for i = 1, #values do`,
    `  local row = {}`,
    `  for j = 1, #values do row[j] = bit.${fn}(values[i], values[j]) end`,
    `  print(table.concat(row, " "))`,
    `end`,
  ])
  emit(GEN, 'bit', `${fn}_many_args`, `bit.${fn} with one to five arguments`, [
    HEAD,
    `print(bit.${fn}(0x0f0f))`,
    `print(bit.${fn}(0x0f0f, 0x00ff))`,
    `print(bit.${fn}(0x0f0f, 0x00ff, 0x3333))`,
    `print(bit.${fn}(-1, 0x7fffffff, 0x12345678, 0xf0f0f0f0))`,
    `print(bit.${fn}(1, 2, 4, 8, 16))`,
  ])
  n += 2
}
for (const fn of ['lshift', 'rshift', 'arshift', 'rol', 'ror']) {
  emit(GEN, 'bit', `${fn}_matrix`, `bit.${fn} of several values by several shift counts`, [
    HEAD,
    `local values = { ${SMALL.join(', ')} }`,
    `local shifts = { ${SHIFTS.join(', ')} }`,
    `for i = 1, #values do`,
    `  local row = {}`,
    `  for j = 1, #shifts do row[j] = bit.${fn}(values[i], shifts[j]) end`,
    `  print(table.concat(row, " "))`,
    `end`,
  ])
  n++
}
for (const w of ['1', '2', '4', '7', '8', '-1', '-4', '-8', '0']) {
  const name = w.startsWith('-') ? `m${w.slice(1)}` : w
  emit(GEN, 'bit', `tohex_width_${name}`, `bit.tohex with width ${w} (negative = upper case)`, [
    HEAD,
    `local values = { 0, 1, -1, 255, 0x12345678, 0xdeadbeef, -2^31 }`,
    `for i = 1, #values do print(bit.tohex(values[i], ${w})) end`,
  ])
  n++
}
const ERRS = [
  ['band()', 'band_no_args'], ['bor("x")', 'bor_string'], ['bnot({})', 'bnot_table'], ['lshift(1)', 'lshift_missing_count'],
  ['tohex(nil)', 'tohex_nil'], ['bxor(1, nil)', 'bxor_nil_second'],
]
for (const [call, name] of ERRS) {
  emit(GEN, 'bit', `error_${name}`, `bit.${call} argument error`, [
    HEAD,
    `print(pcall(function() local r = bit.${call}; return r end))`,
  ])
  n++
}
done(GEN, n)
