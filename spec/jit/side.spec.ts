// Trace trees: side traces from hot exits, links between traces (nested
// loops), exit storms that stay bounded, jit.flush dropping whole trees.
// Every program is also run by the interpreter alone and must print the same.
import { describe, it, expect } from 'vitest'
import { runJit, interpReloadsAfterHook } from './run'
import { irVerify } from '../../src/jit/verify'

const reloads = interpReloadsAfterHook()

const BRANCHY = `local x, y, z = 0, 0, 0
for i = 1, 30000 do
  if i % 3 == 0 then x = x + 1
  elseif i % 3 == 1 then y = y + i
  else z = z - 1 end
end
print(x, y, z)`

const NESTED = `local a = {}
for i = 1, 50 do a[i] = i end
local s = 0
for j = 1, 300 do
  local t = j * 2
  for i = 1, 50 do s = s + a[i] * t end
  s = s - j
end
print(s)`

const MATMUL = `local n = 24
local A, B, C = {}, {}, {}
for i = 1, n * n do A[i] = i % 7; B[i] = i % 5 - 2; C[i] = 0 end
for i = 0, n - 1 do
  for j = 0, n - 1 do
    local s = 0
    for k = 0, n - 1 do s = s + A[i * n + k + 1] * B[k * n + j + 1] end
    C[i * n + j + 1] = s
  end
end
local h = 0
for i = 1, n * n do h = (h * 31 + C[i]) % 1000003 end
print(h)`

const WHILE_NEST = `local s, i = 0, 0
while i < 400 do
  i = i + 1
  local j = 0
  repeat j = j + 1; s = s + j * i until j >= 20
end
print(s, i)`

const TYPECHG = `local t = {}
for i = 1, 300 do if i <= 60 then t[i] = i * 0.5 else t[i] = (i % 2 == 0) end end
local s, c, last = 0, 0, nil
for i = 1, 300 do
  local v = t[i]
  if v == true then c = c + 1 elseif v == false then c = c - 1 else s = s + v end
  last = v
  if i == 61 or i == 62 then print(i, s, c, last) end
end
print(s, c, last)`

const STORM = `local s = "a"
local n = 0
for i = 1, 20000 do
  if i % 2 == 0 then if s < "b" then n = n + 1 end else n = n + 2 end
end
print(n)`

/** Run [src] with the JIT (hot thresholds low) and alone; same output. */
function both(src: string, hotloop = 2, hotexit = 3): ReturnType<typeof runJit> {
  const r = runJit(src, { hotloop, hotexit })
  const ref = runJit(src, null)
  expect(r.error).toBeNull()
  expect(r.out).toBe(ref.out)
  for (const T of r.J!.traces) expect(irVerify(T), 'trace ' + T.no).toEqual([])
  return r
}

describe.skipIf(!reloads)('trace trees', () => {
  it('side traces form on a branchy loop and link back to the root', () => {
    const r = both(BRANCHY, 56, 10)
    expect(r.out).toBe('10000\t149995000\t-10000\n')
    expect(r.log[0]).toBe('[TRACE   1 x:3 loop]')
    const sides = r.log.filter((l) => /^\[TRACE +\d+ \(1\/\d+\) x:3 -> 1\]$/.test(l))
    expect(sides.length).toBe(2)
    // Once both branches have side traces, almost no exit reaches the
    // interpreter: exits are counted per taken exit, side entries included.
    expect(r.J!.traces.length).toBe(3)
  })
  it('nested loops run as linked traces: inner root, outer root -> inner, exit side trace -> outer', () => {
    const r = both(NESTED)
    expect(r.log).toContain('[TRACE   1 x:6 loop]')
    expect(r.log.some((l) => /^\[TRACE +\d+ x:5 -> 1\]$/.test(l))).toBe(true) // outer root links to the inner loop
    expect(r.log.some((l) => /^\[TRACE +\d+ \(1\/\d+\) x:6 -> \d+\]$/.test(l))).toBe(true) // inner exit -> outer
    expect(r.log.some((l) => l.includes('inner loop in root trace'))).toBe(false)
  })
  it('three nested loops (matrix product) and while/repeat nests give the interpreter\'s results', () => {
    const m = both(MATMUL)
    expect(m.J!.traces.some((T) => T.parent !== 0)).toBe(true)
    const w = both(WHILE_NEST)
    expect(w.out).toBe('16842000\t400\n')
    expect(w.J!.traces.some((T) => T.parent !== 0)).toBe(true)
  })
  it('a type change at iteration k exits, restores exactly and grows side traces', () => {
    const r = both(TYPECHG)
    expect(r.out).toBe('61\t915\t-1\tfalse\n62\t915\t0\ttrue\n915\t0\ttrue\n')
    expect(r.log.some((l) => /\(\d+\/\d+\)/.test(l) && !l.includes('---'))).toBe(true)
  })
  it('exit storms stay bounded: a side trace that cannot be recorded is tried tryside times', () => {
    const r = both(STORM, 2, 10)
    expect(r.out).toBe('30000\n')
    const tries = r.log.filter((l) => l.startsWith('[TRACE --- (1/'))
    expect(tries.length).toBe(4) // jit.opt tryside
    expect(r.J!.aborts).toBe(4)
    expect(r.J!.traces.length).toBe(1)
  })
  it('jit.flush drops whole trees; they grow again', () => {
    const src = `local function run()
  local s = 0
  for j = 1, 40 do for i = 1, 30 do if i % 2 == 0 then s = s + i else s = s - 1 end end end
  return s
end
print(run())
jit.flush()
print(run())`
    const r = both(src)
    const firsts = r.log.filter((l) => l.startsWith('[TRACE   1 '))
    expect(firsts.length).toBe(2)
    expect(r.J!.traces.some((T) => T.parent !== 0)).toBe(true)
  })
})
