// table library: lua5.1's behaviour, recorded with `lua5.1 - < prog`.
import { describe, it, expect } from 'vitest'
import { createHash } from 'node:crypto'
import { runLua } from '../helpers/run'
import { engineNew, engineDoBuffer } from '../../src/vm/engine'
import { outFlush } from '../../src/vm/state'
import { setFunc } from '../../src/vm/aux'
import { tableNewFn, tableClearFn } from '../../src/lib/table'

/** Run [src] as chunk "=stdin"; stdout plus a final "--- error: msg" line. */
function run(src: string): string {
  const r = runLua(src, '=stdin')
  return r.error === null ? r.out : r.out + '--- error: ' + r.error + '\n'
}

// insert/remove/concat/maxn/getn/setn/foreach/sort, argument errors.
const CASES = String.raw`-- insert/remove
local t = {1,2,3} table.insert(t, 'x') table.insert(t, 1, 'y') table.insert(t, 3, 'z') print(table.concat(t, ','))
t = {1,2,3} table.insert(t, 6, 'a') print(#t, t[4], t[5], t[6])
t = {} table.insert(t, 0, 'a') table.insert(t, -1, 'b') print(#t, t[0], t[-1])
t = {1,2,3,4,5} print(table.remove(t), table.remove(t, 1), table.remove(t, 2), #t, t[1], t[2])
t = {1,2,3} print(select('#', table.remove(t, 0)), select('#', table.remove(t, 4)), select('#', table.remove({})))
t = {n = 1} for i = 1, 100 do table.insert(t, i) end for i = 1, 50 do table.remove(t, 1) end print(#t, t[1], t[50], t[51])
t = {} for i = 1, 20 do table.insert(t, 1, i) end print(table.concat(t, ' '))
t = {1, 2, nil, 4} print(#t, table.remove(t, 1), t[1], t[2], t[3], t[4])
print(pcall(table.insert, {}, 1, 2, 3)) print(pcall(table.insert, {})) print(pcall(table.insert, 1, 2))
print(pcall(table.insert, {}, 'a', 2)) print(pcall(table.remove, {}, 'a'))
t = setmetatable({}, {__newindex = function() error('no') end, __index = function() return 'idx' end})
table.insert(t, 'raw') print(rawget(t, 1), #t)
-- concat
print(table.concat({}), table.concat({}, ','), table.concat({1, 2, 3}), table.concat({'a', 'b'}, ', '))
print(table.concat({1, 2.5, -0.1, 1e100, 2^53}, ' '))
print(table.concat({1, 2, 3, 4, 5}, '-', 2, 4), table.concat({1, 2, 3}, '-', 3, 2), table.concat({[0] = 'z', 'a'}, '', 0, 1))
print(pcall(table.concat, {1, {}, 3})) print(pcall(table.concat, {1, 2}, '', 1, 3)) print(pcall(table.concat, {true}))
print(pcall(table.concat, {1}, {})) print(pcall(table.concat, nil)) print(pcall(table.concat, {1, 2}, 5))
print(table.concat({'a', 'b', 'c'}, 0), table.concat({'x', 'y'}, '', 1.9, 2.9))
-- maxn, getn, setn
print(table.maxn({}), table.maxn({1, 2, 3}), table.maxn({[10] = 1, [2.5] = 1, x = 1, [-5] = 1}), table.maxn({nil, nil, 3}))
print(table.getn({1, 2, 3}), table.getn({}), pcall(table.getn, 'x'))
print(pcall(table.setn, {}, 1)) print(pcall(table.setn, 'x'))
-- foreach
table.foreach({10, 20, x = 30}, function(k, v) if type(k) == 'number' then print(k, v) end end)
print(table.foreach({1, 2, 3}, function(k, v) if v == 2 then return 'found', k end end))
table.foreachi({'a', 'b', 'c'}, print)
print(table.foreachi({'a', 'b'}, function(i, v) return nil end))
print(pcall(table.foreachi, {}, nil)) print(pcall(table.foreach, {}, 1))
-- sort
t = {5, 3, 8, 1, 9, 2} table.sort(t) print(table.concat(t, ' '))
t = {'b', 'a', 'C', 'aa', ''} table.sort(t) print(table.concat(t, ','))
t = {5, 3, 8, 1} table.sort(t, function(a, b) return a > b end) print(table.concat(t, ' '))
t = {3, 1, 2} table.sort(t, nil) print(table.concat(t, ' '))
print(pcall(table.sort, {1, 'x', 2})) print(pcall(table.sort, {{}, {}})) print(pcall(table.sort, {1, 2}, 'x'))
print(pcall(table.sort, {1, 2, 3}, function(a, b) return true end))
local mt = {__lt = function(a, b) return a.v < b.v end}
t = {} for i = 1, 10 do t[i] = setmetatable({v = (i * 7) % 10}, mt) end table.sort(t)
local o = {} for i = 1, 10 do o[i] = t[i].v end print(table.concat(o, ' '))
t = {3, 1, 0/0, 2} table.sort(t) print(t[1], t[2], t[4])
`

const CASES_OUT = `y,1,z,2,3,x
3	nil	nil	a
1	nil	b
5	1	3	2	2	4
0	0	0
50	51	100	nil
20 19 18 17 16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1
4	1	2	nil	4	nil
false	wrong number of arguments to 'insert'
false	wrong number of arguments to 'insert'
false	bad argument #1 to '?' (table expected, got number)
false	bad argument #2 to '?' (number expected, got string)
false	bad argument #2 to '?' (number expected, got string)
raw	1
		123	a, b
1 2.5 -0.1 1e+100 9.007199254741e+15
2-3-4		za
false	invalid value (table) at index 2 in table for 'concat'
false	invalid value (nil) at index 3 in table for 'concat'
false	invalid value (boolean) at index 1 in table for 'concat'
false	bad argument #2 to '?' (string expected, got table)
false	bad argument #1 to '?' (table expected, got nil)
true	152
a0b0c	xy
0	3	10	3
3	0	false	bad argument #1 to '?' (table expected, got string)
false	'setn' is obsolete
false	bad argument #1 to '?' (table expected, got string)
1	10
2	20
found
1	a
2	b
3	c

false	bad argument #2 to '?' (function expected, got nil)
false	bad argument #2 to '?' (function expected, got number)
1 2 3 5 8 9
,C,a,aa,b
8 5 3 1
1 2 3
false	attempt to compare string with number
false	attempt to compare two table values
false	bad argument #2 to '?' (function expected, got string)
true
0 1 2 3 4 5 6 7 8 9
1	-nan	3
`

// Errors raised by comparators and iterator callbacks, caught by pcall.
const ERRS = String.raw`local mt = {__lt = function(a, b) return a.v < b.v end}
print(pcall(table.sort, {setmetatable({}, mt), setmetatable({}, {__lt = mt.__lt})}))
print(pcall(table.sort, {3, 2, 1}, function(a, b) error('cmp', 0) end))
print(pcall(table.sort, {1, 2, 3}, function(a, b) error({}) end) == false)
print(pcall(table.foreachi, {1}, function() error('in foreachi', 0) end))
print(pcall(table.foreach, {1}, function() error('in foreach', 0) end))
`

const ERRS_OUT = `false	stdin:1: attempt to compare two nil values
false	cmp
true
false	in foreachi
false	in foreach
`

// 400 sorts of random arrays (NaN included) with strict, non-strict,
// random and constant comparators (the "invalid order function" cases and
// the out-of-range reads must match), strings, __lt, holes. lua5.1's
// output (41583 bytes) is recorded as its SHA-1.
const FUZZ = String.raw`local seed = 12345
local function rnd(n) seed = (seed * 1103515245 + 12345) % 2147483648 return seed % n end
local cmps = {
  false,
  function(a, b) return a < b end,
  function(a, b) return a > b end,
  function(a, b) return a <= b end,
  function(a, b) return rnd(2) == 0 end,
  function(a, b) return true end,
  function(a, b) return (a % 3) < (b % 3) end,
}
for round = 1, 400 do
  local n = rnd(40)
  local t = {}
  for i = 1, n do t[i] = rnd(20) - 5 end
  if rnd(5) == 0 and n > 0 then t[rnd(n) + 1] = 0/0 end
  local ci = rnd(#cmps) + 1
  local c = cmps[ci]
  local ok, e
  local calls = 0
  if c then
    local cc = c
    ok, e = pcall(table.sort, t, function(a, b) calls = calls + 1; if a == nil or b == nil then return false end return cc(a, b) end)
  else ok, e = pcall(table.sort, t) end
  local out = {}
  for i = 1, n + 2 do local v = t[i]; out[#out+1] = v ~= v and 'nan' or tostring(v) end
  print(round, ci, ok, e, calls, table.concat(out, ' '), t[0])
end
-- strings
for round = 1, 100 do
  local n = rnd(30)
  local t = {}
  for i = 1, n do t[i] = string.char(97 + rnd(5), 97 + rnd(3)):sub(1, 1 + rnd(2)) end
  table.sort(t)
  print(table.concat(t, ','))
  table.sort(t, function(a, b) return a > b end)
  print(table.concat(t, ','))
end
-- mixed with __lt
local mt = {__lt = function(a, b) return a.v < b.v end}
for round = 1, 50 do
  local n = rnd(20)
  local t = {}
  for i = 1, n do t[i] = setmetatable({v = rnd(10)}, mt) end
  table.sort(t)
  local o = {} for i = 1, n do o[i] = t[i].v end
  print(table.concat(o, ','))
end
-- holes and hash part
for round = 1, 50 do
  local t = {}
  local n = rnd(30)
  for i = 1, n do if rnd(4) > 0 then t[i] = rnd(100) end end
  t.x = 1
  print(pcall(table.sort, t))
  local o = {} for i = 1, n do o[i] = tostring(t[i]) end
  print(#t, table.concat(o, ','))
end
`

const FUZZ_SHA1 = '41b512ab2b23e966686b318b4a3818bc5d1c0d0b'

describe('table library', () => {
  it('matches lua5.1 on insert, remove, concat, maxn, getn, setn, foreach, sort', () => {
    expect(run(CASES)).toBe(CASES_OUT)
  })

  // Fails until vmCall restores L.base/L.pc when an error passes through it
  // (the pcall frame is then found); run twice so the state of an earlier
  // engine cannot hide it. Remove `.fails` once vmCall is fixed.
  it('propagates comparator and callback errors to pcall', () => {
    expect(run(ERRS)).toBe(ERRS_OUT)
    expect(run(ERRS)).toBe(ERRS_OUT)
  })

  it('sorts exactly as lua5.1 (comparison sequence, invalid order function)', () => {
    const out = run(FUZZ)
    expect(createHash('sha1').update(out, 'latin1').digest('hex')).toBe(FUZZ_SHA1)
  })

  it('sorts large arrays in place (numbers, strings) and through the generic path', () => {
    const out = run(`
      local n = 20000
      local a, s, m = {}, {}, {}
      local x = 1
      for i = 1, n do
        x = (x * 16807) % 2147483647
        a[i] = x % 1000; s[i] = tostring(x % 5000); m[i] = {v = x % 777}
      end
      table.sort(a); table.sort(s); table.sort(m, function(p, q) return p.v < q.v end)
      local ok = true
      for i = 2, n do
        if a[i - 1] > a[i] or s[i - 1] > s[i] or m[i - 1].v > m[i].v then ok = false end
      end
      print(ok, #a, #s, #m)
    `)
    expect(out).toBe('true\t20000\t20000\t20000\n')
  })

  it('concat agrees with .. for short, long, mixed and number values', () => {
    const out = run(`
      local function manual(t, sep, i, j)
        local s = ''
        for k = i, j do s = s .. t[k] .. (k < j and sep or '') end
        return s
      end
      local t = {}
      for k = 1, 300 do t[k] = string.rep(string.char(65 + k % 26), k % 40) end
      t[150] = 12.5; t[151] = -3
      local ok = true
      for _, sep in ipairs({'', ', ', string.rep('-', 30)}) do
        for _, r in ipairs({{1, 300}, {1, 149}, {152, 300}, {7, 7}, {40, 260}}) do
          if table.concat(t, sep, r[1], r[2]) ~= manual(t, sep, r[1], r[2]) then ok = false end
        end
      end
      print(ok, #table.concat(t, ', '))
    `)
    expect(out).toBe('true\t6213\n')
  })

  it('exports LuaJIT table.new / table.clear host functions', () => {
    const L = engineNew()
    const chunks: string[] = []
    L.write = (b: Uint8Array) => { chunks.push(Buffer.from(b).toString('latin1')) }
    setFunc(L, L.H.globals, 'tnew', tableNewFn)
    setFunc(L, L.H.globals, 'tclear', tableClearFn)
    const src = `
      local t = tnew(10, 5)
      print(type(t), #t, next(t))
      for i = 1, 10 do t[i] = i end
      t.x = 1
      print(#t)
      setmetatable(t, {})
      tclear(t)
      print(#t, next(t), getmetatable(t) ~= nil)
      print(pcall(tnew, 1))
      print(pcall(tclear, 1))
    `
    engineDoBuffer(L, new TextEncoder().encode(src), '=stdin')
    outFlush(L)
    expect(chunks.join('')).toBe(
      'table\t0\tnil\n10\n0\tnil\ttrue\n' +
      "false\tbad argument #2 to '?' (number expected, got no value)\n" +
      "false\tbad argument #1 to '?' (table expected, got number)\n")
  })
})
