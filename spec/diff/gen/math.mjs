// Generates spec/diff/math/*.lua: each math library function applied to a list
// of inputs, and each arithmetic / comparison operator applied to every pair of
// a fixed value list. NaN results are printed as "nan" through a helper (the
// sign of a NaN is not portable); transcendental results are printed with
// %.12g so last-bit differences between C libms do not matter.
import { emit, done } from './_lib.mjs'

const GEN = 'math.mjs'
const SHOW = 'local function show(v) if v ~= v then return "nan" end return tostring(v) end'
const SHOW12 = 'local function show(v) if v ~= v then return "nan" end if v == math.floor(v) or v == 1/0 or v == -1/0 then return tostring(v) end return string.format("%.12g", v) end'

const GENERAL = ['0', '0.5', '-0.5', '1', '-1', '1.5', '-1.5', '2.5', '-2.5', '3.999', '-3.999', '1e15 + 0.5', '2^52 + 0.5', '1e300', '-1e300', '1/0', '-1/0', '0/0', '"7.5"']
const POS = ['0', '0.25', '0.5', '1', '2', '4', '10', '100', '1e-10', '1e10', '12345.678', '1/0', '-1', '0/0']
const ANGLES = ['0', '0.5', '1', '-1', 'math.pi / 6', 'math.pi / 4', 'math.pi / 2', 'math.pi', '-math.pi', '2 * math.pi', '10', '1e-8', '1/0', '0/0']
const UNIT = ['-1', '-0.5', '0', '0.5', '1', '0.999', '-0.999', '2', '-2', '0/0']

// [fn, values, exact?]
const UNARY = [
  ['floor', GENERAL, true], ['ceil', GENERAL, true], ['abs', GENERAL, true],
  ['sqrt', POS, true], ['exp', ['0', '1', '-1', '2', '0.5', '10', '-10', '700', '710', '-750', '1/0', '-1/0'], false],
  ['log', POS, false], ['log10', POS, false],
  ['sin', ANGLES, false], ['cos', ANGLES, false], ['tan', ANGLES, false],
  ['asin', UNIT, false], ['acos', UNIT, false], ['atan', ['0', '1', '-1', '0.5', '10', '-10', '1e10', '1/0', '-1/0'], false],
  ['sinh', ['0', '1', '-1', '0.5', '5', '-5', '1/0'], false], ['cosh', ['0', '1', '-1', '0.5', '5', '-5', '1/0'], false],
  ['tanh', ['0', '1', '-1', '0.5', '5', '-5', '20', '1/0'], false],
  ['deg', ['0', 'math.pi', '-math.pi / 2', '1', '2.5'], false], ['rad', ['0', '180', '-90', '1', '360'], false],
]

const OPS = [['add', '+'], ['sub', '-'], ['mul', '*'], ['div', '/'], ['mod', '%'], ['pow', '^']]
const OPVALS = ['-3', '-2.5', '-1', '-0.5', '0', '0.5', '1', '2', '3', '7', '1e300', '1/0', '-1/0']
const CMPS = [['lt', '<'], ['le', '<='], ['eq', '==']]
const CMPVALS = ['-1/0', '-2', '-0.5', '0', '0.5', '2', '1/0', '0/0']

let n = 0
for (const [fn, vals, exact] of UNARY) {
  emit(GEN, 'math', `fn_${fn}`, `math.${fn} over a list of inputs`, [
    exact ? SHOW : SHOW12,
    `local values = { ${vals.join(', ')} }`,
    `for i = 1, #values do print(i, show(math.${fn}(values[i]))) end`,
  ])
  n++
}
for (const [name, op] of OPS) {
  emit(GEN, 'math', `op_${name}_matrix`, `the ${op} operator on every pair of values`, [
    SHOW,
    `local values = { ${OPVALS.join(', ')} }`,
    `for i = 1, #values do`,
    `  local row = {}`,
    `  for j = 1, #values do row[j] = show(values[i] ${op} values[j]) end`,
    `  print(show(values[i]), table.concat(row, " "))`,
    `end`,
  ])
  n++
}
for (const [name, op] of CMPS) {
  emit(GEN, 'math', `cmp_${name}_matrix`, `the ${op} comparison on every pair of values (including NaN)`, [
    `local values = { ${CMPVALS.join(', ')} }`,
    `for i = 1, #values do`,
    `  local row = {}`,
    `  for j = 1, #values do row[j] = (values[i] ${op} values[j]) and "T" or "F" end`,
    `  print(i, table.concat(row))`,
    `end`,
  ])
  n++
}
done(GEN, n)
