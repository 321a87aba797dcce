// Generates families of spec/diff/base/ programs: tonumber in every base 3..35
// (bases 2, 8, 10, 16 and 36 are in base.mjs), tostring over classes of
// numbers, select over every index of short argument lists, unpack over
// ranges of shaped tables, error levels, pcall result shapes, loadstring
// syntax errors and chunk names.
import { emit, luaStr, done } from './_lib.mjs'

const GEN = 'base_families.mjs'
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'
let n = 0

// tonumber(s, b) for one base: every digit, the first invalid digit, signs,
// spaces, trailing junk, overflow of the C unsigned long (saturates).
for (let b = 3; b <= 35; b++) {
  if (b === 8 || b === 10 || b === 16) continue
  const top = DIGITS[b - 1]
  const bad = DIGITS[b]
  const strs = [DIGITS.slice(0, b), top, top.toUpperCase(), bad, '10', '100', top + top + top, '-1', '-' + top, '+10',
    ' 10', '10 ', '\t10\n', '1 0', '10' + bad, '', ' ', '1.0', top.repeat(20)]
  emit(GEN, 'base', `tonumber_base_${b}`, `tonumber(s, ${b}): digits up to '${top}', '${bad}' is invalid`, [
    `local strs = { ${strs.map(luaStr).join(', ')} }`,
    `for i = 1, #strs do print(string.format("%q", strs[i]), tonumber(strs[i], ${b})) end`,
    `print(tonumber(10, ${b}), tonumber(${b - 1}, ${b}))`,
  ])
  n++
}

// tostring / print / .. over classes of numbers.
const NUMCLASSES = [
  ['nan_inf', 'NaN and infinities (sign of NaN as printed by printf)', ['0/0', '-(0/0)', '1/0', '-1/0', 'math.huge', '-math.huge', 'math.huge - math.huge', 'math.huge * 0', '1e308 * 10', '-1e308 * 10']],
  ['zeros', 'positive and negative zero', ['z', '-z', 'z * -1', '-z * -1', '1 / (1/0)', '-1 / (1/0)', 'z / -5', '(-z) + 0', '(-z) - 0', 'math.floor(-0.5)', 'math.ceil(-0.5)']],
  ['near_2_53', 'integers near 2^53', ['2^53 - 2', '2^53 - 1', '2^53', '2^53 + 1', '2^53 + 2', '-(2^53)', '-(2^53) - 1', '2^52', '2^52 + 0.5', '2^51 + 0.25', '9007199254740993']],
  ['digits_14', 'numbers at the %.14g precision boundary', ['12345678901234', '123456789012345', '1234567890123456', '99999999999999', '999999999999999', '100000000000000', '0.12345678901234', '0.123456789012345', '1.0000000000001', '1.00000000000001', '3.14159265358979323846']],
  ['powers_of_ten', 'powers of ten from 1e-8 to 1e20', ['1e-8', '1e-5', '1e-4', '1e-3', '0.01', '0.1', '1', '10', '1e5', '1e10', '1e13', '1e14', '1e15', '1e16', '1e17', '1e20']],
  ['powers_of_two', 'powers of two', ['2^-10', '2^-1', '2^0', '2^10', '2^20', '2^30', '2^31', '2^32', '2^40', '2^50', '2^60', '2^63', '2^64', '2^100', '2^1023', '2^1024']],
  ['tiny', 'tiny and subnormal numbers', ['1e-300', '1e-307', '2.2250738585072014e-308', '1e-310', '4.9406564584124654e-324', '5e-324', '2^-1074', '2^-1075', '-5e-324', '1e-400']],
  ['huge', 'huge finite numbers', ['1e300', '1.7976931348623157e308', '-1.7976931348623157e308', '1e200 * 1e100', '2^1000', '1e308', '123456789e300', '9.999999999999999e307']],
  ['sums', 'results of inexact arithmetic', ['0.1 + 0.2', '0.1 * 3', '1 - 0.9', '1/3', '2/3', '100 / 3', '1e15 / 3', '7 / 2', '-7 / 2', '0.1 + 0.7', '4.35 * 100', '1.1 * 1.1']],
  ['negatives', 'negative numbers of every class', ['-1', '-0.5', '-1e-5', '-123.456', '-2^31', '-2^32', '-1e15', '-1e16', '-1/3', '-(2^53 + 2)', '-1e100']],
]
for (const [name, title, exprs] of NUMCLASSES) {
  emit(GEN, 'base', `tostring_${name}`, `tostring, print and .. of ${title}`, [
    'local z = 0',
    `local nums = { ${exprs.join(', ')} }`,
    `local src = { ${exprs.map(luaStr).join(', ')} }`,
    `for i = 1, #src do local v = nums[i]; print(src[i], tostring(v), v .. "", v) end`,
  ])
  n++
}

// select(i, ...) for every index around an argument list of each length.
for (let k = 0; k <= 4; k++) {
  const args = ['"a"', 'nil', '3', 'false'].slice(0, k)
  emit(GEN, 'base', `select_arity_${k}`, `select over ${k} arguments, every index from -${k + 1} to ${k + 1}`, [
    `local function pr(ok, ...) print(ok, select("#", ...), ...) end`,
    `print("#", select("#"${args.map((a) => ', ' + a).join('')}))`,
    `for i = -${k + 1}, ${k + 1} do`,
    `  io.write(i, ": ")`,
    `  pr(pcall(select, i${args.map((a) => ', ' + a).join('')}))`,
    `end`,
  ])
  n++
}

// unpack(t, i, j) over ranges for several table shapes.
const SHAPES = [
  ['empty', '{}'],
  ['three', '{ "a", "b", "c" }'],
  ['hole', '{ 1, nil, 3 }'],
  ['with_n', '{ 1, 2, n = 5 }'],
  ['hash_keys', '{ [0] = "zero", [-1] = "neg", [1] = "one", [2] = "two", x = "x" }'],
  ['falsy', '{ false, nil, false }'],
]
for (const [name, t] of SHAPES) {
  emit(GEN, 'base', `unpack_shape_${name}`, `unpack over ranges of ${t}`, [
    `local t = ${t}`,
    `local function pr(...) print(select("#", ...), ...) end`,
    `pr(unpack(t))`,
    `for i = -1, 4 do`,
    `  for j = i - 1, 4 do io.write(i, ",", j, ": "); pr(unpack(t, i, j)) end`,
    `end`,
    `io.write("nil,2: "); pr(unpack(t, nil, 2))`,
    `io.write("2,nil: "); pr(unpack(t, 2, nil))`,
  ])
  n++
}

// error(msg, level) at each level from functions nested 3 deep.
for (let lv = 0; lv <= 4; lv++) {
  emit(GEN, 'base', `error_level_${lv}`, `error with level ${lv} from nested functions`, [
    `local function inner(m)`,
    `  error(m, ${lv})`,
    `end`,
    `local function middle(m)`,
    `  inner(m)`,
    `end`,
    `local function outer(m)`,
    `  middle(m)`,
    `end`,
    `print(pcall(inner, "direct"))`,
    `print(pcall(middle, "via middle"))`,
    `print(pcall(outer, "via outer"))`,
    `print(pcall(outer, 42))`,
    `print(pcall(outer, nil))`,
    `outer("uncaught")`,
  ])
  n++
}

// pcall / xpcall with each kind of error value.
const ERRVALS = [['string', '"msg"'], ['number', '12.5'], ['nil', 'nil'], ['boolean', 'false'], ['table', '{ code = 7 }'], ['table_tostring', 'setmetatable({}, { __tostring = function() return "custom" end })']]
for (const [name, v] of ERRVALS) {
  emit(GEN, 'base', `pcall_error_value_${name}`, `pcall and xpcall when the error value is ${v}`, [
    `local e = ${v}`,
    `local function show(x) if type(x) == "table" then return "table:" .. tostring(rawget(x, "code")) end return tostring(x) end`,
    `local r = { pcall(error, e) }`,
    `print(#r, r[1], show(r[2]), rawequal(r[2], e))`,
    `r = { pcall(error, e, 2) }`,
    `print(r[1], show(r[2]))`,
    `print(xpcall(function() error(e) end, function(m) return "handled", show(m) end))`,
    `print(select("#", xpcall(function() error(e) end, function(m) end)))`,
    `print(select("#", pcall(pcall, error, e)), (pcall(pcall, error, e)))`,
    `error(e)`,
  ])
  n++
}

// loadstring syntax errors: each snippet's message (chunk name [string "..."]).
const SYNTAX = [
  ['assignments', ['x =', 'x = = 1', '= 1', 'x, = 1', 'x.y.z', 'x + 1', '1 = x', '(x) = 1', 'x() = 1', 'a, b() = 1, 2']],
  ['blocks', ['if x then', 'if x end', 'while true', 'for i = 1 do end', 'for i do end', 'repeat until', 'do', 'end', 'function f(', 'else']],
  ['expressions', ['return 1 +', 'return (1', 'return 1)', 'return {1, 2', 'return {[1 = 2}', 'return f(1,', 'return a.', 'return a:b', 'return not', 'return ..']],
  ['tokens', ['return "abc', "return 'abc\ndef'", 'return [[abc', '--[[ open', 'return 0x', 'return 1e', 'return 3..4', 'return "\\300"', 'return @', 'return ~1']],
  ['keywords', ['local 1 = 2', 'local function', 'local function 1() end', 'function a.1() end', 'return return', 'break', 'goto x', 'local x <const> = 1', 'return function', 'x = function(a, 1) end']],
  ['varargs', ['return ...', 'function f() return ... end', 'function f(...) return ... end', 'function f(a, ...) local t = {...} end', 'function f(..., a) end', 'local t = {...}', 'return (...)', 'function f() local a = ... end']],
  ['multiline', ['x = 1\ny = 2\nz = ', 'a = 1\n\n\nif a then\n', 'local t = {\n1,\n2,\n', '\n\n\n\nreturn )', 'x = [[\nline\nline', 'f(\n)\n(g)()']],
  ['ambiguous', ['local a = f\n(g)(h)', 'a = b\n(c)()', 'x = 1 y = 2', 'x = 1; ; y = 2', 'return;', 'return 1; x = 2', 'f{}"s"', 'f"s"{}']],
]
for (const [name, snips] of SYNTAX) {
  emit(GEN, 'base', `loadstring_syntax_${name}`, `loadstring syntax errors: ${name}`, [
    `local snips = { ${snips.map(luaStr).join(', ')} }`,
    `for i = 1, #snips do`,
    `  local f, e = loadstring(snips[i])`,
    `  print(i, type(f), e)`,
    `end`,
  ])
  n++
}

// Chunk names: plain, "=" and "@" forms and truncation of long sources.
const NAMES = [
  ['plain', ['x', 'chunk', 'a b c', '', 'line1\nline2', '12345678901234567890123456789012345678901234567890', '123456789012345678901234567890123456789012345678901234567890123']],
  ['equals', ['=x', '=', '=stdin', '=a long name that is longer than sixty characters for sure, yes it is', '=tab\there']],
  ['at', ['@x.lua', '@', '@/some/dir/file.lua', '@' + 'd/'.repeat(40) + 'file.lua']],
]
for (const [name, names] of NAMES) {
  emit(GEN, 'base', `chunkname_${name}`, `chunk names given to loadstring: ${name} forms`, [
    `local names = { ${names.map(luaStr).join(', ')} }`,
    `for i = 1, #names do`,
    `  print(i, select(2, loadstring("error('e')", names[i])), select(2, pcall(loadstring("error('e')", names[i]))))`,
    `  print(i, select(2, loadstring("x = = 1", names[i])))`,
    `end`,
  ])
  n++
}
done(GEN, n)
