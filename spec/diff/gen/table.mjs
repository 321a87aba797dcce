// Generates families of spec/diff/table/ programs: table.sort over fixed
// pseudo-random data sets (numbers, strings, records with equal keys, whose
// order shows 5.1's quicksort exactly), sort with inconsistent comparators,
// table.insert / table.remove at every position of short arrays, table.concat
// over ranges and table.maxn over key sets.
import { emit, luaStr, done } from './_lib.mjs'

const GEN = 'table.mjs'
let n = 0
let seed = 12345
/** Deterministic pseudo-random integer in [0, m) (an LCG; generation time only). */
function rnd(m) {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return Math.floor((seed / 2147483648) * m)
}
const PR = 'local function show(t) local o = {} for i = 1, #t do o[i] = tostring(t[i]) end print(#t, table.concat(o, " ")) end'

// Numbers with several sizes, ranges (duplicates) and comparators.
const CMPS = [
  ['default', null],
  ['greater', 'function(a, b) return a > b end'],
  ['abs', 'function(a, b) return math.abs(a) < math.abs(b) end'],
  ['mod10', 'function(a, b) return a % 10 < b % 10 end'],
]
const SIZES = [0, 1, 2, 3, 5, 8, 13, 21, 40, 77]
for (const [cname, cmp] of CMPS) {
  for (const size of SIZES) {
    if (cname !== 'default' && size < 3) continue
    const range = size < 10 ? 100 : (size % 2 === 0 ? 10 : 1000)
    const vals = []
    for (let i = 0; i < size; i++) vals.push(rnd(range) - (cname === 'abs' ? range / 2 : 0))
    emit(GEN, 'table', `sort_${cname}_${size}`, `table.sort of ${size} numbers in [0, ${range}) (${cname} order)`, [
      PR,
      `local t = { ${vals.join(', ')} }`,
      cmp ? `table.sort(t, ${cmp})` : 'table.sort(t)',
      'show(t)',
    ])
    n++
  }
}

// Records with equal keys: the output order of equal keys is 5.1's quicksort.
for (const size of [4, 7, 12, 20, 33, 50]) {
  const keys = []
  for (let i = 0; i < size; i++) keys.push(rnd(4))
  emit(GEN, 'table', `sort_unstable_records_${size}`, `table.sort of ${size} records with only 4 distinct keys (unstable order)`, [
    `local keys = { ${keys.join(', ')} }`,
    'local t = {}',
    'for i = 1, #keys do t[i] = { k = keys[i], id = i } end',
    'table.sort(t, function(a, b) return a.k < b.k end)',
    'local o = {}',
    'for i = 1, #t do o[i] = t[i].k .. ":" .. t[i].id end',
    'print(table.concat(o, " "))',
  ])
  n++
}

// Strings: case, prefixes, embedded bytes, numbers-as-strings.
const WORDS = ['apple', 'Apple', 'APPLE', 'app', 'apples', 'banana', 'b', '', ' ', 'z', 'Zebra', '10', '9', '1e2', 'a\0b', 'a\0a', '\xff', '\x80x', 'abc', 'abd', 'ab', 'a']
for (let k = 0; k < 5; k++) {
  const size = 5 + k * 4
  const ws = []
  for (let i = 0; i < size; i++) ws.push(WORDS[rnd(WORDS.length)])
  const desc = k % 2 === 1
  emit(GEN, 'table', `sort_strings_set_${k + 1}`, `table.sort of ${size} strings${desc ? ' in descending order' : ''} (byte order)`, [
    `local t = { ${ws.map(luaStr).join(', ')} }`,
    desc ? 'table.sort(t, function(a, b) return a > b end)' : 'table.sort(t)',
    'for i = 1, #t do print(i, string.format("%q", t[i])) end',
  ])
  n++
}

// Inconsistent comparators: the result or the error is deterministic in 5.1.
const BAD = [
  ['always_true', 'function(a, b) return true end'],
  ['less_equal', 'function(a, b) return a <= b end'],
  ['alternating', 'function(a, b) flip = not flip; return flip end'],
]
for (const [name, cmp] of BAD) {
  emit(GEN, 'table', `sort_bad_order_${name}`, `table.sort with an inconsistent comparator (${name}) on arrays of size 1..16`, [
    'flip = false',
    'for size = 1, 16 do',
    '  local t = {}',
    '  for i = 1, size do t[i] = (i * 7) % 5 end',
    `  local ok, e = pcall(table.sort, t, ${cmp})`,
    '  local o = {}',
    '  for i = 1, size do o[i] = tostring(t[i]) end',
    '  print(size, ok, e, table.concat(o, ","))',
    'end',
  ])
  n++
}

// table.insert at every position of arrays of length 0..4.
const DUMP = 'local function dump(t) local o = {} for k = -3, 8 do if rawget(t, k) ~= nil then o[#o + 1] = k .. "=" .. tostring(t[k]) end end return table.concat(o, " ") end'
for (let len = 0; len <= 4; len++) {
  const init = Array.from({ length: len }, (_, i) => `"${String.fromCharCode(97 + i)}"`).join(', ')
  emit(GEN, 'table', `insert_every_position_${len}`, `table.insert(t, pos, "X") for every pos around an array of length ${len}`, [
    DUMP,
    `for pos = -2, ${len + 3} do`,
    `  local t = { ${init} }`,
    `  local ok, e = pcall(table.insert, t, pos, "X")`,
    `  print(pos, ok, e, #t, dump(t))`,
    `end`,
    `local t = { ${init} }`,
    `table.insert(t, "end")`,
    `print("append", #t, dump(t))`,
  ])
  n++
}

// table.remove at every position of arrays of length 0..5.
for (let len = 0; len <= 5; len++) {
  const init = Array.from({ length: len }, (_, i) => `"${String.fromCharCode(97 + i)}"`).join(', ')
  emit(GEN, 'table', `remove_every_position_${len}`, `table.remove(t, pos) for every pos around an array of length ${len}`, [
    DUMP,
    `for pos = -1, ${len + 2} do`,
    `  local t = { ${init} }`,
    `  print(pos, select("#", table.remove(t, pos)), table.remove({ ${init} }, pos), #t, dump(t))`,
    `end`,
    `local t = { ${init} }`,
    `print("default", select("#", table.remove(t)), #t, dump(t))`,
  ])
  n++
}

// table.concat over ranges of shaped tables.
const CSHAPES = [
  ['strings', '{ "a", "b", "c", "d" }'],
  ['numbers', '{ 1, 2.5, -3, 1e20, 0/0 ~= 0/0 and 7 or 8 }'],
  ['mixed', '{ "x", 10, "y", 0.1 }'],
  ['sparse', '{ "a", nil, "c" }'],
]
for (const [name, t] of CSHAPES) {
  emit(GEN, 'table', `concat_ranges_${name}`, `table.concat over ranges of ${t}`, [
    `local t = ${t}`,
    'print(pcall(table.concat, t))',
    'for i = -1, 5 do',
    '  for j = i - 1, 5 do',
    '    local ok, s = pcall(table.concat, t, "|", i, j)',
    '    print(i, j, ok, s)',
    '  end',
    'end',
  ])
  n++
}

// table.maxn over key sets.
const MAXN = [
  ['array', '{ 1, 2, 3 }'], ['empty', '{}'], ['negative', '{ [-1] = 1, [-5] = 2 }'],
  ['floats', '{ [1.5] = 1, [2.25] = 2, [0.5] = 3 }'], ['huge', '{ [1e300] = 1, [5] = 2 }'],
  ['strings', '{ a = 1, ["10"] = 2, [3] = 3 }'], ['hole', '{ 1, nil, nil, nil, 5 }'],
  ['inf', '{ [1/0] = 1, [2] = 2 }'], ['zero', '{ [0] = 1, [-0.5] = 2 }'], ['sparse_big', '{ [100] = 1, [1000] = 2, [10] = 3 }'],
]
emit(GEN, 'table', 'maxn_key_sets', 'table.maxn over tables with different key sets', [
  ...MAXN.map(([nm, t]) => `print(${luaStr(nm)}, table.maxn(${t}))`),
])
n++

// Comparator call counts on input patterns: the counts are 5.1's quicksort's.
const PATTERNS = [
  ['ascending', 'i'], ['descending', 'n + 1 - i'], ['organ_pipe', 'math.min(i, n + 1 - i)'], ['sawtooth', 'i % 7'],
]
for (const [pname, expr] of PATTERNS) {
  for (const size of [10, 31, 64, 100]) {
    emit(GEN, 'table', `sort_pattern_${pname}_${size}`, `table.sort of a ${pname} pattern of ${size} numbers: comparator calls and result`, [
      `local n = ${size}`,
      'local t = {}',
      `for i = 1, n do t[i] = ${expr} end`,
      'local calls = 0',
      'table.sort(t, function(a, b) calls = calls + 1; return a < b end)',
      'print(calls, t[1], t[math.floor(n / 2)], t[n])',
      'local sorted = true',
      'for i = 2, n do if t[i - 1] > t[i] then sorted = false end end',
      'print(sorted)',
    ])
    n++
  }
}

// Sequences of insert/remove operations at positions inside the array.
for (let k = 1; k <= 10; k++) {
  const ops = []
  let len = 0
  for (let i = 0; i < 24; i++) {
    if (len === 0 || rnd(3) > 0) { const pos = rnd(len + 1) + 1; ops.push(`{ "i", ${pos}, ${i} }`); len++ }
    else { const pos = rnd(len) + 1; ops.push(`{ "r", ${pos} }`); len-- }
  }
  emit(GEN, 'table', `insert_remove_sequence_${k}`, `a fixed sequence of table.insert/table.remove at positions inside the array`, [
    `local ops = { ${ops.join(', ')} }`,
    'local t = {}',
    'for i = 1, #ops do',
    '  local op = ops[i]',
    '  if op[1] == "i" then table.insert(t, op[2], op[3]) else io.write("removed ", tostring(table.remove(t, op[2])), ": ") end',
    '  print(#t, table.concat(t, " "))',
    'end',
  ])
  n++
}
done(GEN, n)
