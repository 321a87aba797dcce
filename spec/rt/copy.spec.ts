// Property tests: tags and payloads survive every copy path (stack ->
// table array/fields/hash -> rehash/migration/dict switch -> tabDup ->
// tabNext -> upvalue open/closed -> thread growth -> GC) bit for bit.
import { describe, it, expect } from 'vitest'
import {
  heapNew, tabNew, tabDup, tabSetInt, tabGetInt, tabSetStr, tabGetStr, tabSetNum, tabGetNum,
  tabNext, tabToDict, strFromJS, thNew, thGrow, uvFind, uvClose, fnNewHost, hostFnRegister,
  udNew, gcCollect, tabResizeArray,
} from '../../src/rt/heap'
import { heapVerify } from '../../src/rt/verify'
import { track, heaps } from './util'
import type { Heap } from '../../src/rt/heap'
import { TAG_TAB, TAG_FUNC, TAG_UDATA, TAG_STR, TAG_TRUE, TAG_FALSE, TAG_NIL, TAG_THREAD } from '../../soa/value'

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Random value words [hi, lo]; objects are created live in [H]. */
function randomValue(H: Heap, r: () => number): [number, number] {
  const k = Math.floor(r() * 12)
  const f = new Float64Array(1), u = new Uint32Array(f.buffer)
  switch (k) {
    case 0: f[0] = (r() - 0.5) * 1e6; break
    case 1: f[0] = Math.floor(r() * 100); break
    case 2: f[0] = [-0, Infinity, -Infinity, 5e-324, Number.MAX_VALUE][Math.floor(r() * 5)]; break
    case 3: u[0] = 0; u[1] = r() < 0.5 ? 0x7ff80000 : 0xfff80000; break // arithmetic NaNs
    case 4: return [TAG_STR, strFromJS(H, 's' + Math.floor(r() * 50))]
    case 5: return [TAG_TRUE, 0xffffffff]
    case 6: return [TAG_FALSE, 0xffffffff]
    case 7: return [TAG_TAB, tabNew(H, 0, 0)]
    case 8: return [TAG_FUNC, fnNewHost(H, 0, 0, H.globals)]
    case 9: return [TAG_UDATA, udNew(H, 0, 0)]
    case 10: return [TAG_THREAD, thNew(H, 2)]
    default: u[0] = Math.floor(r() * 4294967296); u[1] = Math.floor(r() * 0x7ff00000); break
  }
  return [u[1], u[0]]
}

/** Expect slot [s] to hold exactly ([hi], [lo]). */
function expectWords(H: Heap, s: number, hi: number, lo: number): void {
  expect(s).toBeGreaterThan(0)
  expect([H.vU[2 * s + 1], H.vU[2 * s]]).toEqual([hi, lo])
}

/** Copy slot [s] to slot [d] as two words. */
function cp(H: Heap, d: number, s: number): void {
  H.vU[2 * d] = H.vU[2 * s]
  H.vU[2 * d + 1] = H.vU[2 * s + 1]
}

describe('value copy paths', () => {
  it('random values survive tables, rehash, dict switch, dup, next, upvalues, stacks, GC', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const H = track(heapNew({ gcStress: seed % 2 === 0 }))
      hostFnRegister(H, () => 0, 'f')
      const r = rng(seed)
      const n = 150
      const vals: [number, number][] = []
      const th = thNew(H, 4)
      // keep every object alive through the thread's stack
      thGrow(H, th, 4 * n + 8)
      const st = H.thStack[th]
      H.thTop[th] = st + 4 * n
      const keep = tabNew(H, 0, 0)
      H.vU[2 * H.tmpSlot] = th; H.vU[2 * H.tmpSlot + 1] = TAG_THREAD
      const gs = tabSetStr(H, H.globals, strFromJS(H, 'th'))
      cp(H, gs, H.tmpSlot)
      for (let i = 0; i < n; i++) {
        const [hi, lo] = randomValue(H, r)
        vals.push([hi, lo])
        const s = H.thStack[th] + i
        H.vU[2 * s] = lo
        H.vU[2 * s + 1] = hi
      }
      // stack -> table: array part (sequential), fields, hash (float keys)
      for (let i = 0; i < n; i++) {
        cp(H, tabSetInt(H, keep, i + 1), H.thStack[th] + i)
        cp(H, tabSetStr(H, keep, strFromJS(H, 'f' + (i % 40))), H.thStack[th] + i)
        cp(H, tabSetNum(H, keep, i + 0.5), H.thStack[th] + i)
      }
      const kg = tabSetStr(H, H.globals, strFromJS(H, 'keep'))
      H.vU[2 * kg] = keep; H.vU[2 * kg + 1] = TAG_TAB
      gcCollect(H)
      for (let i = 0; i < n; i++) {
        expectWords(H, tabGetInt(H, keep, i + 1), vals[i][0], vals[i][1])
        expectWords(H, tabGetNum(H, keep, i + 0.5), vals[i][0], vals[i][1])
      }
      for (let i = n - 40; i < n; i++) {
        expectWords(H, tabGetStr(H, keep, strFromJS(H, 'f' + (i % 40))), vals[i][0], vals[i][1])
      }
      // migration: array part grows, hash keys move; dict switch; dup
      tabResizeArray(H, keep, 4 * n)
      tabToDict(H, keep)
      const d = tabDup(H, keep)
      const dg = tabSetStr(H, H.globals, strFromJS(H, 'dup'))
      H.vU[2 * dg] = d; H.vU[2 * dg + 1] = TAG_TAB
      for (let i = 0; i < n; i++) {
        expectWords(H, tabGetInt(H, d, i + 1), vals[i][0], vals[i][1])
        expectWords(H, tabGetNum(H, d, i + 0.5), vals[i][0], vals[i][1])
      }
      // next: every value seen once with its exact words
      const seen = new Map<number, number>()
      const k = H.tmpSlot
      H.vU[2 * k] = 0xffffffff; H.vU[2 * k + 1] = TAG_NIL
      const out = H.thStack[th] + 2 * n
      let cnt = 0
      while (tabNext(H, d, k, out) === 1) {
        const kv = H.vF[out]
        if (H.vU[2 * out + 1] < 0xfffffff2 && Number.isInteger(kv) && kv >= 1 && kv <= n) {
          expectWords(H, out + 1, vals[kv - 1][0], vals[kv - 1][1])
          seen.set(kv, 1)
        }
        cnt++
        cp(H, k, out)
      }
      expect(seen.size).toBe(n)
      expect(cnt).toBe(2 * n + 40)
      // upvalues: open (through the stack), closed (own slot), after growth
      const uvs: number[] = []
      for (let i = 0; i < n; i++) uvs.push(uvFind(H, th, H.thStack[th] + i))
      for (let i = 0; i < n; i++) expectWords(H, H.uvSlot[uvs[i]], vals[i][0], vals[i][1])
      thGrow(H, th, 16 * n)
      for (let i = 0; i < n; i++) expectWords(H, H.uvSlot[uvs[i]], vals[i][0], vals[i][1])
      // host closure upvalue values keep the upvalues alive for the GC
      const hf = fnNewHost(H, 0, 0, H.globals)
      const hg = tabSetStr(H, H.globals, strFromJS(H, 'hf'))
      H.vU[2 * hg] = hf; H.vU[2 * hg + 1] = TAG_FUNC
      uvClose(H, th, H.thStack[th])
      for (let i = 0; i < n; i++) {
        H.vU[2 * (H.thStack[th] + i)] = 0; H.vU[2 * (H.thStack[th] + i) + 1] = 0
      }
      for (let i = 0; i < n; i++) expectWords(H, H.uvSlot[uvs[i]], vals[i][0], vals[i][1])
    }
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
})
