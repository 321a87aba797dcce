// A generated ~5 MB source compiles and loads (timing is reported, not
// asserted: CI boxes vary; perf/parse-bench.mjs measures the bundled code,
// cold, in fresh processes).
import { describe, it, expect } from 'vitest'
import { compile } from '../../src/front/parse'
import { heapNew } from '../../src/rt/heap'
import { protoLoad } from '../../src/rt/proto'
import type { ProtoOut } from '../../soa/proto'

/** Number of protos in the tree of [p]. */
function countProtos(p: ProtoOut): number {
  let n = 1
  for (let i = 0; i < p.kgc.length; i++) {
    const k = p.kgc[i]
    if (k.k === 'proto') n += countProtos(k.p)
  }
  return n
}

/** A source of about [bytes] bytes mixing the common statement forms. */
function genSource(bytes: number): string {
  const parts: string[] = ['local M = {}\n']
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const s = `do local function f${i}(a, b, ...)
  local t = { x = ${i}, y = "s${i}", ${i % 7}, a, b, [a] = b }
  for j = 1, #t do t[j] = t[j] * 2 + ${i}.5 - a / 3 end
  for k, v in pairs(t) do if k == "x" and v > ${i} or not b then t.z = v .. "!" end end
  while a < b do a = a + 1; if a % 3 == 0 then break end end
  local g = function(c, ...) return a + c, t:method(c, "str", ...) end
  return g(${i}), select("#", ...)
end M[${i}] = f${i} end
`
    parts.push(s)
    size += s.length
  }
  parts.push('return M\n')
  return parts.join('')
}

describe('front-end throughput', () => {
  it('compiles a 5 MB source', () => {
    const src = Buffer.from(genSource(5 * 1024 * 1024), 'latin1')
    const t0 = performance.now()
    const p = compile(src, '@gen.lua')
    const dt = performance.now() - t0
    const H = heapNew()
    const ptTop = H.ptTop
    const t1 = performance.now()
    protoLoad(H, p)
    const dl = performance.now() - t1
    console.log(`compiled ${(src.length / 1048576).toFixed(1)} MB in ${dt.toFixed(0)} ms, loaded in ${dl.toFixed(0)} ms`)
    expect(p.kgc.length).toBeGreaterThan(10000)
    expect(H.ptTop - ptTop).toBe(countProtos(p)) // one grow, every proto stored
    expect(H.bcTop).toBeLessThanOrEqual(H.bcCap)
  }, 120000)
})
