// Tracing JIT: table length and appends, __index chains, table equality,
// bit and string builtins recorded directly. Each program must give the
// interpreter's output with the JIT on (including exits on the new guards).
import { describe, it, expect } from 'vitest'
import { runJit, type JitRun } from './run'
import { jitDumpTrace } from '../../src/jit/dump'
import { irVerify } from '../../src/jit/verify'

/** Run [src] with and without the JIT; expect identical output and error. */
function same(src: string, hotloop = 2): JitRun {
  const ref = runJit(src, null)
  const r = runJit(src, { hotloop })
  expect(r.out, src).toBe(ref.out)
  expect(r.error, src).toBe(ref.error)
  for (const T of r.J!.traces) expect(irVerify(T), src).toEqual([])
  return r
}

/** IR dump of every trace of a record-only run of [src]. */
function dumpOf(src: string): string {
  const r = runJit(src, { hotloop: 2, enter: false })
  expect(r.error).toBeNull()
  let s = ''
  for (const T of r.J!.traces) s += jitDumpTrace(r.J!.L.H, T)
  return s
}

const APPEND = `local t = {}
for i = 1, 300 do t[#t + 1] = i * 2 end
local s = 0
for i = 1, #t do s = s + t[i] + #t end
local str = "hello"
local n = 0
for i = 1, 100 do n = n + #str end
print(#t, s, n)`

const CLASSES = `local Base = {} Base.__index = Base
function Base:kind() return 1 end
local Point = setmetatable({}, Base)
Point.__index = Point
function Point.new(x, y) return setmetatable({x = x, y = y}, Point) end
function Point:len2() return self.x * self.x + self.y * self.y end
local p = Point.new(3, 4)
local s, k = 0, 0
for i = 1, 200 do
  s = s + p:len2()
  k = k + p:kind()
  if p.z == nil then k = k + 1 end
  if i == 150 then Base.kind = function() return 10 end end
end
print(s, k)`

describe('tables', () => {
  it('# and appends t[#t + 1] = v run in the trace; growth exits', () => {
    const r = same(APPEND)
    expect(r.J!.traces.length).toBeGreaterThanOrEqual(2)
    expect(dumpOf(APPEND)).toContain('ALEN')
  })
  it('methods through __index tables: guards hoisted; changing the class exits', () => {
    same(CLASSES)
    const d = dumpOf(CLASSES)
    const body = d.slice(d.indexOf('LOOP'))
    expect(d).toContain('"__index"')
    expect(body).not.toContain('HREFK')
  })
  it('nil fields, absent keys with and without metatables, stores to nil fields', () => {
    same(`local o = {a = 1, b = nil, c = 3}
local m = setmetatable({}, {__index = {q = 5}})
local s = 0
for i = 1, 200 do
  if o.b == nil then s = s + 1 end
  if o.zz == nil then s = s + 2 end
  s = s + m.q
  if m.nope == nil then s = s + 1 end
  if i == 100 then o.b = 7 end
  if i == 150 then getmetatable(m).__index = {q = 6} end
end
print(s)`)
  })
  it('== on tables: no __eq guard; a metatable with __eq exits', () => {
    same(`local a, b = {}, {}
local mt = {__eq = function() return true end}
local n = 0
for i = 1, 200 do
  if a == b then n = n + 1 end
  if a ~= a then n = n + 100 end
  if i == 120 then setmetatable(a, mt) setmetatable(b, mt) end
end
print(n)`)
  })
})

describe('builtins', () => {
  it('bit.* on ints and non-integral numbers, as BitOp', () => {
    same(`local band, bor, bxor, lshift, rshift, arshift, rol, ror, tobit, bnot =
  bit.band, bit.bor, bit.bxor, bit.lshift, bit.rshift, bit.arshift, bit.rol, bit.ror, bit.tobit, bit.bnot
local h = 0
for i = 1, 300 do
  h = bxor(rol(h, 5), i) + band(i, 0xf0, 0xff) + bor(i, 3) - rshift(h, 3) + lshift(i, 2) + arshift(-h, 2)
  h = band(h + ror(i, 7) + tobit(2^32 + i + 0.5) + bnot(i) + tobit(i * 1.5), 0x7fffffff)
end
print(h)`)
  })
  it('string.byte/len and s:byte(i); out-of-range indexes exit to the interpreter', () => {
    same(`local s = "hello world, this is a test"
local h = 0
for i = 1, 40 do
  local c = s:byte(i) or -1
  local d = string.byte(s, i % 27 + 1)
  h = h + c * 3 + d + string.len(s) + s:len()
end
print(h)`)
  })
  it("errors from builtins after an exit are the interpreter's", () => {
    same(`local t = {1, 2, 3, "x", 5}
local s = 0
local function f(v) return bit.band(v, 7) end
for i = 1, 5 do s = s + f(t[i]) end
print(s)`, 1)
  })
})

describe('allocation', () => {
  const VEC = `local function vec(x, y, z) return { x = x, y = y, z = z } end
local function add(a, b) return vec(a.x + b.x, a.y + b.y, a.z + b.z) end
local function dot(a, b) return a.x * b.x + a.y * b.y + a.z * b.z end
local acc = vec(0, 0, 0)
local s = 0
for i = 1, 20000 do
  local v = vec(i, i * 2, 1)
  acc = add(acc, v)
  local t = {i, 2}
  t.name = "q"
  s = s + dot(acc, v) + #t + t[1]
  if i == 15000 then acc.w = 1 end
end
print(acc.x, acc.y, acc.z, acc.w, s)`
  it('TDUP/TNEW and new fields (NEWREF) of fresh tables run in the trace; the GC runs at exits', () => {
    const r = same(VEC)
    expect(r.J!.traces.length).toBeGreaterThan(0)
    const d = dumpOf(VEC)
    expect(d).toContain('TDUP')
    expect(d).toContain('NEWREF')
  })
  it('allocating traces with a tiny GC pause exit at allocations and stay correct', () => {
    const src = 'collectgarbage("setpause", 10)\n' + VEC.replace('20000', '300').replace('15000', '200')
    same(src)
  })
})
