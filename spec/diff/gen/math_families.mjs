// Generates families of spec/diff/math/ programs: argument errors of every
// math function, exact edge values of the exact functions (printed with
// %.17g and raw tostring, so NaN signs and -0 show), math.random sequences
// for fixed seeds (the generator is glibc's rand()), and transcendental
// functions over wider input ranges (printed with %.12g).
import { emit, done } from './_lib.mjs'

const GEN = 'math_families.mjs'
let n = 0

// Argument errors: every function with missing / wrong-typed arguments.
const ARITY = {
  abs: 1, acos: 1, asin: 1, atan: 1, atan2: 2, ceil: 1, cos: 1, cosh: 1, deg: 1, exp: 1, floor: 1, fmod: 2,
  frexp: 1, ldexp: 2, log: 1, log10: 1, max: 1, min: 1, mod: 2, modf: 1, pow: 2, rad: 1, sin: 1, sinh: 1,
  sqrt: 1, tan: 1, tanh: 1, randomseed: 1,
}
for (const fn of Object.keys(ARITY)) {
  const two = ARITY[fn] === 2
  const ok = two ? '2, 3' : '2'
  emit(GEN, 'math', `args_${fn}`, `math.${fn}: argument checks and string coercion`, [
    `print(pcall(math.${fn}))`,
    `print(pcall(math.${fn}, nil))`,
    `print(pcall(math.${fn}, "abc"${two ? ', 1' : ''}))`,
    `print(pcall(math.${fn}, {}${two ? ', 1' : ''}))`,
    `print(pcall(math.${fn}, true${two ? ', 1' : ''}))`,
    two ? `print(pcall(math.${fn}, 1))` : `print(pcall(math.${fn}, "0x10"))`,
    two ? `print(pcall(math.${fn}, 1, "x"))` : `print(pcall(math.${fn}, " 2 "))`,
    `print(pcall(math.${fn}, ${two ? '"2", "3"' : '"2"'}))`,
    `print(select("#", pcall(math.${fn}, ${ok}, 99)))`,
  ])
  n++
}

// Exact functions over edge values; show() prints tostring and %.17g.
const SHOW = 'local function show(...) local o = {} for i = 1, select("#", ...) do local v = select(i, ...) o[i] = tostring(v) .. (v == v and math.abs(v) ~= 1/0 and v ~= math.floor(v) and ("~" .. string.format("%.17g", v)) or "") end return table.concat(o, " ") end'
const EDGE = ['0', '-z', '0.5', '-0.5', '1', '-1', '1.5', '-1.5', '2.5', '-2.5', '0.49999999999999994', '-0.49999999999999994',
  '2^52', '2^52 + 0.5', '-(2^52) - 0.5', '2^53', '2^53 + 2', '1e300', '-1e300', '5e-324', '-5e-324', '1/0', '-1/0', '0/0', '-(0/0)']
const EXACT1 = ['floor', 'ceil', 'abs', 'sqrt', 'modf', 'frexp', 'deg', 'rad']
for (const fn of EXACT1) {
  emit(GEN, 'math', `edges_${fn}`, `math.${fn} of edge values (zeros, halves, 2^52, 2^53, huge, subnormal, inf, NaN)`, [
    'local z = 0',
    SHOW,
    `local values = { ${EDGE.join(', ')} }`,
    `local names = { "${EDGE.join('", "')}" }`,
    `for i = 1, #values do print(names[i], show(math.${fn}(values[i]))) end`,
  ])
  n++
}
const PAIRVALS = ['0', '-z', '1', '-1', '2.5', '-2.5', '3', '-3', '0.1', '1e300', '5e-324', '1/0', '-1/0', '0/0']
for (const fn of ['fmod', 'pow', 'max', 'min', 'atan2']) {
  emit(GEN, 'math', `pairs_${fn}`, `math.${fn} over every pair of edge values`, [
    'local z = 0',
    fn === 'atan2' || fn === 'pow'
      ? 'local function show(v) if v ~= v then return tostring(v) end if v == math.floor(v) or math.abs(v) == 1/0 then return tostring(v) end return string.format("%.12g", v) end'
      : 'local function show(v) return tostring(v) end',
    `local values = { ${PAIRVALS.join(', ')} }`,
    `local names = { "${PAIRVALS.join('", "')}" }`,
    'for i = 1, #values do',
    '  local row = {}',
    `  for j = 1, #values do row[j] = show(math.${fn}(values[i], values[j])) end`,
    '  print(names[i], table.concat(row, " "))',
    'end',
  ])
  n++
}
const LDEXP_M = ['1', '-1', '0.5', '0.75', '-z', '5e-324', '1e300', '1/0', '0/0']
const LDEXP_E = ['0', '1', '-1', '10', '-10', '52', '1023', '1024', '-1022', '-1074', '-1075', '2000', '-2000', '2.9', '-2.9']
emit(GEN, 'math', 'edges_ldexp', 'math.ldexp(m, e) over edge mantissas and exponents', [
  'local z = 0',
  `local ms = { ${LDEXP_M.join(', ')} }`,
  `local es = { ${LDEXP_E.join(', ')} }`,
  'for i = 1, #ms do',
  '  local row = {}',
  '  for j = 1, #es do row[j] = tostring(math.ldexp(ms[i], es[j])) end',
  '  print(table.concat(row, " "))',
  'end',
])
n++

// math.random sequences for fixed seeds.
const SEEDS = ['0', '1', '2', '42', '12345', '-1', '-123456', '2^31 - 1', '2^31', '2^32 + 5', '1e10', '3.99', '"77"']
for (let k = 0; k < SEEDS.length; k++) {
  const s = SEEDS[k]
  emit(GEN, 'math', `random_seed_${k + 1}`, `math.random after math.randomseed(${s})`, [
    `math.randomseed(${s})`,
    'local o = {}',
    'for i = 1, 5 do o[#o + 1] = string.format("%.10f", math.random()) end',
    'print(table.concat(o, " "))',
    'o = {}',
    'for i = 1, 12 do o[#o + 1] = math.random(6) end',
    'print(table.concat(o, " "))',
    'o = {}',
    'for i = 1, 12 do o[#o + 1] = math.random(-5, 5) end',
    'print(table.concat(o, " "))',
    'o = {}',
    'for i = 1, 6 do o[#o + 1] = math.random(1000000) end',
    'print(table.concat(o, " "))',
    `math.randomseed(${s})`,
    'print(string.format("%.10f", math.random()))',
  ])
  n++
}

// Transcendental functions over wider ranges (%.12g).
const SHOW12 = 'local function show(v) if v ~= v then return "nan" end if v == math.floor(v) or math.abs(v) == 1/0 then return tostring(v) end return string.format("%.12g", v) end'
const RANGES = [
  ['sin', 'x = -10, 10, 0.75'], ['cos', 'x = -10, 10, 0.75'], ['tan', 'x = -1.5, 1.5, 0.125'],
  ['exp', 'x = -20, 20, 1.25'], ['log', 'x = 0.125, 40, 1.5'], ['log10', 'x = 1, 10000, 333'],
  ['sqrt', 'x = 0, 50, 1.75'], ['atan', 'x = -30, 30, 2.5'], ['asin', 'x = -1, 1, 0.125'], ['acos', 'x = -1, 1, 0.125'],
  ['sinh', 'x = -6, 6, 0.5'], ['cosh', 'x = -6, 6, 0.5'], ['tanh', 'x = -4, 4, 0.25'],
]
for (const [fn, loop] of RANGES) {
  emit(GEN, 'math', `range_${fn}`, `math.${fn} over a range of inputs (%.12g)`, [
    SHOW12,
    `for ${loop} do print(x, show(math.${fn}(x))) end`,
  ])
  n++
}

// Number formatting through print (%.14g) of integer and fraction families.
const FORMATS = [
  ['powers_of_2', 'for k = 0, 70, 3 do print(k, 2^k, -2^k, 2^k - 1, 2^k + 1) end'],
  ['powers_of_10', 'for k = 0, 22 do print(k, 10^k, 10^k - 1, 10^k + 1, 3 * 10^k) end'],
  ['negative_powers_of_10', 'for k = 1, 20 do print(k, 10^-k, 2 * 10^-k, 10^-k * 7) end'],
  ['nines', 'local v = 0 for k = 1, 18 do v = v * 10 + 9; print(k, v, v / 10, -v) end'],
  ['factorials', 'local f = 1 for k = 1, 25 do f = f * k; print(k, f, f % 1000, f / 7) end'],
  ['fibonacci', 'local a, b = 0, 1 for k = 1, 90, 3 do for _ = 1, 3 do a, b = b, a + b end; print(k, a, b) end'],
  ['halves', 'for k = -8, 8 do print(k / 2, k / 4, k / 8, k / 3) end'],
  ['rounding_14_digits', 'for k = 0, 12 do local v = 1 + 10^-k; print(k, v, 1 - 10^-k, 100 + 10^-k) end'],
]
for (const [name, body] of FORMATS) {
  emit(GEN, 'math', `format_${name}`, `printing ${name.replace(/_/g, ' ')} (%.14g)`, [body])
  n++
}

// Grids of small values through the exact functions.
const GRIDS = [
  ['floor_ceil_quarters', 'for i = -12, 12 do local x = i / 4; print(x, math.floor(x), math.ceil(x), math.floor(-x), math.ceil(-x)) end'],
  ['fmod_quarters', 'for i = -8, 8, 3 do local row = {} for j = -6, 6, 2 do row[#row + 1] = tostring(math.fmod(i / 4, j / 4)) end print(i / 4, table.concat(row, " ")) end'],
  ['mod_operator_quarters', 'for i = -8, 8, 3 do local row = {} for j = -6, 6, 2 do row[#row + 1] = tostring((i / 4) % (j / 4)) end print(i / 4, table.concat(row, " ")) end'],
  ['modf_thirds', 'for i = -9, 9 do print(i / 3, math.modf(i / 3)) end'],
  ['pow_small_ints', 'for i = -3, 3 do local row = {} for j = -3, 3 do row[#row + 1] = tostring(i ^ j) end print(i, table.concat(row, " ")) end'],
  ['frexp_powers', 'for k = -10, 10 do local v = 3 * 2^k; print(v, math.frexp(v)); print(-v, math.frexp(-v)) end'],
  ['sqrt_squares', 'for i = 0, 40 do local s = math.sqrt(i * i); local r = math.sqrt(i); print(i, s, s == i, string.format("%.17g", r)) end'],
  ['abs_signs', 'local z = 0 for _, v in ipairs({ -3, 3, -0.5, 0.5, -z, 1e300, -1e300, -1/0 }) do print(v, math.abs(v), math.abs(-v)) end'],
]
for (const [name, body] of GRIDS) {
  emit(GEN, 'math', `grid_${name}`, `${name.replace(/_/g, ' ')} over a grid of small values`, [body])
  n++
}
done(GEN, n)
