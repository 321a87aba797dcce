// Tracing JIT: inlined Lua calls and returns (rec_call.ts). Trace shapes,
// exits inside inlined frames that rebuild the interpreter's frames
// exactly, errors and tracebacks after such exits, recursion limits,
// upvalues aliasing the trace's frame, tail calls.
import { describe, it, expect } from 'vitest'
import { runJit } from './run'
import { jitDumpTrace } from '../../src/jit/dump'
import { irVerify } from '../../src/jit/verify'
import type { JitRun } from './run'

/** Dump every trace of a record-only run of [src]. */
function dumpOf(src: string): string {
  const r = runJit(src, { hotloop: 2, enter: false })
  expect(r.error).toBeNull()
  let s = ''
  for (const T of r.J!.traces) s += jitDumpTrace(r.J!.L.H, T)
  return s
}

/** Run [src] with and without the JIT; expect identical output and error. */
function same(src: string, hotloop = 2): JitRun {
  const ref = runJit(src, null)
  const r = runJit(src, { hotloop })
  expect(r.out, src).toBe(ref.out)
  expect(r.error, src).toBe(ref.error)
  for (const T of r.J!.traces) expect(irVerify(T), src).toEqual([])
  return r
}

/** Exits taken through snapshots that resume inside an inlined frame. */
function innerExits(r: JitRun): number {
  let n = 0
  for (const T of r.J!.traces) {
    for (let s = 0; s < T.nsnap; s++) if (T.snapBase[s] !== 2) n += T.exitCount[s]
  }
  return n
}

const ADD = `local function add(x, y) return x + y end
local s = 0
for i = 1, 100 do s = add(s, i) end
print(s)`

const NESTED = `local t = {}
for i = 1, 100 do t[i] = i end
t[70] = "x"
local function g(v, k) local w = v * 2 return w + k end
local function f(i) local v = t[i] return g(v, i) + 1 end
local function run()
  local s = 0
  for i = 1, 100 do s = s + f(i) end
  return s
end
print(xpcall(run, debug.traceback))`

describe('inlined calls: trace shapes', () => {
  it('a small callee is inlined: proto guard hoisted, no call left in the loop', async () => {
    const d = dumpOf(ADD)
    await expect(d).toMatchFileSnapshot('./golden/call.ir.txt')
    const body = d.slice(d.indexOf('LOOP'))
    expect(d).toContain('func.proto')
    expect(body).not.toContain('func.proto')
    expect(body).toContain('num ADD')
  })
  it('snapshots inside a callee list its frame: function slot and link (|)', () => {
    const src = `local t = {}
for i = 1, 100 do t[i] = i end
local function get(k) return t[k] end
local s = 0
for i = 1, 100 do s = s + get(i) end
print(s)`
    const d = dumpOf(src)
    expect(d).toMatch(/SNAP .*\+\d+\|/)
  })
  it('upvalues aliasing the root frame become slot accesses (register recurrences)', () => {
    const src = `local N = 0
local function inc(k) N = N + k return N end
local acc = 0
for i = 1, 100 do acc = acc + inc(i) end
print(N, acc)`
    same(src)
    const d = dumpOf(src)
    const body = d.slice(d.indexOf('LOOP'))
    expect(d).toContain('UREFO')
    expect(body).not.toContain('UREFO')
    expect(body).not.toContain('ULOAD')
  })
})

describe('inlined calls: running', () => {
  it('results equal the interpreter for calls, nested calls, tail calls, upvalues', () => {
    same(ADD)
    same(`local function sq(x) return x * x end
local function hyp(a, b) return sq(a) + sq(b) end
local s = 0
for i = 1, 300 do s = s + hyp(i, i + 1) end
print(s)`)
    same(`local N = 0
local function inc(k) N = N + k return N end
local function tl(x) return inc(x) end
local acc = 0
for i = 1, 100 do acc = acc + tl(i) end
print(N, acc)`)
    same(`local function two(x) return x, x + 1 end
local function none() end
local a, b, c = 0, 0, 0
for i = 1, 100 do
  local p, q, r = two(i)
  local z = none()
  a = a + p; b = b + q
  if r == nil and z == nil then c = c + 1 end
end
print(a, b, c)`)
    same(`local up = 1
local function mk()
  local hidden = 0
  return function(k) hidden = hidden + k * up return hidden end
end
local f = mk()
local s = 0
for i = 1, 200 do s = s + f(i) end
print(s)`)
  })
  it('a type change inside an inlined callee exits there and rebuilds its frames', () => {
    const src = `local t = {}
for i = 1, 100 do t[i] = i end
t[60] = 2.5
t[61] = "3"
local function g(v) return v * 2 end
local function f(i) local v = t[i] return g(v) + 1 end
local s = 0
for i = 1, 100 do s = s + f(i) end
print(s)`
    const r = same(src)
    expect(r.J!.traces.length).toBeGreaterThan(0)
    expect(innerExits(r)).toBeGreaterThan(0)
  })
  it('errors after an exit inside an inlined callee: same message and traceback', () => {
    const r = same(NESTED)
    expect(r.out).toContain("attempt to perform arithmetic on local 'v'")
    expect(r.out).toContain("in function 'f'")
    expect(innerExits(r)).toBeGreaterThan(0)
  })
  it('changing the callee exits at the call (proto guard)', () => {
    same(`local function a(x) return x + 1 end
local function b(x) return x * 3 end
local f = a
local s = 0
for i = 1, 200 do
  if i == 120 then f = b end
  s = s + f(i)
end
print(s)`)
  })
  it('recursion stops at the call unroll limit; output unchanged', () => {
    const r = same(`local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
local s = 0
for i = 1, 60 do s = s + fib(8 + i % 5) end
print(s)`)
    expect(r.log.some((l) => l.includes('call unroll limit reached'))).toBe(true)
  })
  it('multiple results (CALL B=0, CALLM, RETM); exits at a CALLM restore L.multres', () => {
    const r = same(`local band, bor, bnot = bit.band, bit.bor, bit.bnot
local function two(x) return x, x * 2 end
local function sum(a, b, c) return (a or 0) + (b or 0) + (c or 0) end
local function ret2(x) return two(x) end
local s, h = 0, 0
for i = 1, 300 do
  s = s + sum(two(i)) + sum(i, two(i)) + sum(ret2(i))
  h = bor(band(h, i), band(bnot(h), i + 1))
  s = s + sum(math.floor(i / 3))
  if i == 200 then two = function(x) return x, 3, 1 end end
  if i == 250 then sum = function(a, b, c, d) return a + (d or 100) end end
end
print(s, h)`)
    expect(r.J!.traces.length).toBeGreaterThan(0)
    expect(r.log.some((l) => l.includes('CALLM'))).toBe(false)
  })
  it('traces with inlined frames run inside coroutines', () => {
    same(`local function add(x, y) return x + y end
local co = coroutine.wrap(function()
  local s = 0
  for i = 1, 500 do s = add(s, i) if i % 100 == 0 then coroutine.yield(s) end end
  return -1
end)
for k = 1, 6 do print(co()) end`, 1)
  })
})
