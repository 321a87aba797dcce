// Tables: get/set by every key type, normalisation, migration between the
// array and hash parts, `#` borders (checked against lua5.1), `next`.
import { describe, it, expect } from 'vitest'
import { execFileSync } from 'node:child_process'
import {
  heapNew, tabNew, tabDup, tabClear, tabGetStr, tabGetInt, tabGetNum, tabGetKey,
  tabSetStr, tabSetInt, tabSetNum, tabSetKey, tabLen, tabNext, tabResizeArray,
  strFromJS, fnNewHost, hostFnRegister, udNew, thNew,
} from '../../src/rt/heap'
import { heapVerify } from '../../src/rt/verify'
import type { Heap } from '../../src/rt/heap'
import { TAG_TAB, TAG_FUNC, TAG_UDATA, TAG_THREAD, TAG_NIL } from '../../soa/value'
import { putNum, putObj, putNil, putBool, putStr, get, track, heaps } from './util'

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

/** All (key, value) pairs of [t] through tabNext, as JS values. */
function pairs(H: Heap, t: number): [unknown, unknown][] {
  const out: [unknown, unknown][] = []
  const k = H.tmpSlot
  putNil(H, k)
  const o = tabNew(H, 0, 0) // scratch: use its array part as 2 output slots
  tabResizeArray(H, o, 2)
  const os = H.tabArr[o]
  for (;;) {
    const r = tabNext(H, t, k, os)
    expect(r).toBeGreaterThanOrEqual(0)
    if (r === 0) break
    out.push([get(H, os), get(H, os + 1)])
    H.vU[2 * k] = H.vU[2 * os]
    H.vU[2 * k + 1] = H.vU[2 * os + 1]
  }
  return out
}

describe('tables: keys of every type', () => {
  it('numbers, strings, booleans and objects as keys', () => {
    const H = track(heapNew())
    const t = tabNew(H, 0, 0)
    const ks = H.tmpSlot
    putNum(H, tabSetNum(H, t, 1), 10)
    putNum(H, tabSetNum(H, t, 2.5), 25)
    putNum(H, tabSetNum(H, t, -7), -70)
    putNum(H, tabSetNum(H, t, 2 ** 40), 40)
    putNum(H, tabSetNum(H, t, Infinity), 99)
    putNum(H, tabSetStr(H, t, strFromJS(H, 'abc')), 1)
    putBool(H, ks, true); putNum(H, tabSetKey(H, t, ks), 2)
    putBool(H, ks, false); putNum(H, tabSetKey(H, t, ks), 3)
    const t2 = tabNew(H, 0, 0)
    putObj(H, ks, TAG_TAB, t2); putNum(H, tabSetKey(H, t, ks), 4)
    const f = fnNewHost(H, hostFnRegister(H, () => 0, 'f'), 0, H.globals)
    putObj(H, ks, TAG_FUNC, f); putNum(H, tabSetKey(H, t, ks), 5)
    const u = udNew(H, 0, 0)
    putObj(H, ks, TAG_UDATA, u); putNum(H, tabSetKey(H, t, ks), 6)
    const th = thNew(H, 8)
    putObj(H, ks, TAG_THREAD, th); putNum(H, tabSetKey(H, t, ks), 7)
    expect(get(H, tabGetNum(H, t, 1))).toBe(10)
    expect(get(H, tabGetInt(H, t, 1))).toBe(10)
    expect(get(H, tabGetNum(H, t, 2.5))).toBe(25)
    expect(get(H, tabGetNum(H, t, -7))).toBe(-70)
    expect(get(H, tabGetInt(H, t, 2 ** 40))).toBe(40)
    expect(get(H, tabGetNum(H, t, Infinity))).toBe(99)
    expect(get(H, tabGetStr(H, t, strFromJS(H, 'abc')))).toBe(1)
    putBool(H, ks, true); expect(get(H, tabGetKey(H, t, ks))).toBe(2)
    putBool(H, ks, false); expect(get(H, tabGetKey(H, t, ks))).toBe(3)
    putObj(H, ks, TAG_TAB, t2); expect(get(H, tabGetKey(H, t, ks))).toBe(4)
    putObj(H, ks, TAG_FUNC, f); expect(get(H, tabGetKey(H, t, ks))).toBe(5)
    putObj(H, ks, TAG_UDATA, u); expect(get(H, tabGetKey(H, t, ks))).toBe(6)
    putObj(H, ks, TAG_THREAD, th); expect(get(H, tabGetKey(H, t, ks))).toBe(7)
    // same id, other type: a different key
    putObj(H, ks, TAG_FUNC, t2); expect(get(H, tabGetKey(H, t, ks))).toBe(null)
    putStr(H, ks, 'abc'); expect(get(H, tabGetKey(H, t, ks))).toBe(1)
    putNum(H, ks, 2.5); expect(get(H, tabGetKey(H, t, ks))).toBe(25)
    expect(tabGetNum(H, t, 3)).toBe(-1)
    expect(tabGetStr(H, t, strFromJS(H, 'abd'))).toBe(-1)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('-0 is normalised to +0', () => {
    const H = track(heapNew())
    const t = tabNew(H, 0, 0)
    putNum(H, tabSetNum(H, t, -0), 5)
    expect(get(H, tabGetNum(H, t, 0))).toBe(5)
    expect(get(H, tabGetInt(H, t, -0))).toBe(5)
    expect(tabSetNum(H, t, 0)).toBe(tabSetNum(H, t, -0))
    const ks = H.tmpSlot
    putNum(H, ks, -0)
    expect(get(H, tabGetKey(H, t, ks))).toBe(5)
    const p = pairs(H, t)
    expect(p.length).toBe(1)
    expect(Object.is(p[0][0], 0)).toBe(true)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('nil key: set returns -1, get -1; NaN key: set -2, get -1', () => {
    const H = track(heapNew())
    const t = tabNew(H, 0, 0)
    const ks = H.tmpSlot
    putNil(H, ks)
    expect(tabSetKey(H, t, ks)).toBe(-1)
    expect(tabGetKey(H, t, ks)).toBe(-1)
    putNum(H, ks, NaN)
    expect(tabSetKey(H, t, ks)).toBe(-2)
    expect(tabGetKey(H, t, ks)).toBe(-1)
    expect(tabSetNum(H, t, NaN)).toBe(-2)
    expect(tabGetNum(H, t, NaN)).toBe(-1)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('many keys of mixed types survive every rehash', () => {
    const H = track(heapNew())
    const t = tabNew(H, 0, 0)
    const r = rng(7)
    const ref = new Map<string, number>()
    for (let i = 0; i < 5000; i++) {
      const kind = Math.floor(r() * 4)
      const v = Math.floor(r() * 1e6)
      if (kind === 0) { const k = 1 + Math.floor(r() * 3000); putNum(H, tabSetInt(H, t, k), v); ref.set('n' + k, v) }
      else if (kind === 1) { const k = r() * 100; putNum(H, tabSetNum(H, t, k), v); ref.set('n' + k, v) }
      else { const k = 'k' + Math.floor(r() * 2000); putNum(H, tabSetStr(H, t, strFromJS(H, k)), v); ref.set('s' + k, v) }
    }
    for (const [k, v] of ref) {
      const slot = k[0] === 'n' ? tabGetNum(H, t, Number(k.slice(1))) : tabGetStr(H, t, strFromJS(H, k.slice(1)))
      expect(get(H, slot)).toBe(v)
    }
    expect(pairs(H, t).length).toBe(ref.size)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
})

describe('tables: array part, hash part and #', () => {
  it('sequential appends move into the array part', () => {
    const H = track(heapNew())
    const t = tabNew(H, 0, 0)
    for (let i = 1; i <= 1000; i++) putNum(H, tabSetInt(H, t, tabLen(H, t) + 1), i)
    expect(tabLen(H, t)).toBe(1000)
    expect(H.tabAsize[t]).toBe(1024)
    expect(H.tabHmask[t]).toBe(-1)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('reverse fill ends in the array part after a rehash', () => {
    const H = track(heapNew())
    const t = tabNew(H, 0, 0)
    for (let i = 64; i >= 1; i--) putNum(H, tabSetInt(H, t, i), i)
    expect(tabLen(H, t)).toBe(64)
    for (let i = 1; i <= 64; i++) expect(get(H, tabGetInt(H, t, i))).toBe(i)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('sparse keys stay in the hash part', () => {
    const H = track(heapNew())
    const t = tabNew(H, 0, 0)
    for (let i = 1; i <= 20; i++) putNum(H, tabSetInt(H, t, i * 1000), i)
    expect(H.tabAsize[t]).toBe(0)
    expect(tabLen(H, t)).toBe(0)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('tabNew presizes; tabResizeArray migrates hash keys', () => {
    const H = track(heapNew())
    const t = tabNew(H, 0, 0)
    for (let i = 10; i >= 5; i--) putNum(H, tabSetInt(H, t, i * 3), i)
    tabResizeArray(H, t, 40)
    expect(H.tabAsize[t]).toBe(40)
    for (let i = 10; i >= 5; i--) expect(get(H, tabGetInt(H, t, i * 3))).toBe(i)
    const t2 = tabNew(H, 8, 4)
    expect(H.tabAsize[t2]).toBe(8)
    expect(tabLen(H, t2)).toBe(0)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })

  const hasLua = (() => { try { execFileSync('lua5.1', ['-v'], { stdio: 'pipe' }); return true } catch { return false } })()
  it.skipIf(!hasLua)('# borders match lua5.1 on random integer-key programs', () => {
    const H = track(heapNew())
    let lua = ''
    const ours: number[] = []
    const r = rng(12345)
    for (let prog = 0; prog < 300; prog++) {
      const t = tabNew(H, 0, 0)
      lua += 'do local t = {}\n'
      const nops = 10 + Math.floor(r() * 120)
      const span = 4 + Math.floor(r() * 100)
      for (let op = 0; op < nops; op++) {
        const k = 1 + Math.floor(r() * span)
        const x = r()
        if (x < 0.6) { putNum(H, tabSetInt(H, t, k), op); lua += `t[${k}]=${op} ` }
        else if (x < 0.8) { putNil(H, tabSetInt(H, t, k)); lua += `t[${k}]=nil ` }
        else if (x < 0.9) { const n = tabLen(H, t) + 1; putNum(H, tabSetInt(H, t, n), op); lua += `t[#t+1]=${op} ` }
        else { putNum(H, tabSetNum(H, t, k + 0.5), op); lua += `t[${k}.5]=${op} ` }
        ours.push(tabLen(H, t))
        lua += 'print(#t)\n'
      }
      lua += 'end\n'
    }
    const out = execFileSync('lua5.1', ['-'], { input: lua }).toString().trim().split('\n').map(Number)
    expect(ours).toEqual(out)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
})

describe('tables: next', () => {
  it('visits array, fields and hash once each', () => {
    const H = track(heapNew())
    const t = tabNew(H, 0, 0)
    for (let i = 1; i <= 10; i++) putNum(H, tabSetInt(H, t, i), i)
    for (let i = 0; i < 10; i++) putNum(H, tabSetStr(H, t, strFromJS(H, 'f' + i)), i)
    for (let i = 0; i < 10; i++) putNum(H, tabSetNum(H, t, i + 0.25), i)
    const p = pairs(H, t)
    expect(p.length).toBe(30)
    expect(p.slice(0, 10).map((e) => e[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(p.slice(10, 20).map((e) => e[0])).toEqual(Array.from({ length: 10 }, (_, i) => 'f' + i))
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('stays valid while existing fields are assigned, including to nil', () => {
    for (const dict of [false, true]) {
      const H = track(heapNew())
      const t = tabNew(H, 0, 0)
      for (let i = 1; i <= 20; i++) putNum(H, tabSetInt(H, t, i), i)
      for (let i = 0; i < 100; i++) putNum(H, tabSetStr(H, t, strFromJS(H, 'k' + i)), i)
      for (let i = 0; i < 30; i++) putNum(H, tabSetNum(H, t, -i - 0.5), i)
      if (dict) expect(H.tabShape[t]).toBe(0)
      const seen = new Set<unknown>()
      const k = H.tmpSlot
      putNil(H, k)
      const o = tabNew(H, 2, 0)
      const os = H.tabArr[o]
      let n = 0
      for (;;) {
        const r = tabNext(H, t, k, os)
        expect(r).not.toBe(-1)
        if (r === 0) break
        const key = get(H, os)
        expect(seen.has(key)).toBe(false)
        seen.add(key)
        // assign this field to nil or a new value, and another existing one
        const s = tabGetKey(H, t, os)
        if (n % 2 === 0) putNil(H, s)
        else putNum(H, s, 1000 + n)
        const other = tabGetStr(H, t, strFromJS(H, 'k' + (n % 100)))
        if (other >= 0) putNil(H, other)
        n++
        H.vU[2 * k] = H.vU[2 * os]
        H.vU[2 * k + 1] = H.vU[2 * os + 1]
      }
      expect(seen.size).toBeGreaterThanOrEqual(75)
    }
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('invalid key returns -1', () => {
    const H = track(heapNew())
    const t = tabNew(H, 0, 0)
    putNum(H, tabSetNum(H, t, 1.5), 1)
    const k = H.tmpSlot
    putNum(H, k, 2.5)
    const o = tabNew(H, 2, 0)
    expect(tabNext(H, t, k, H.tabArr[o])).toBe(-1)
    putStr(H, k, 'nope')
    expect(tabNext(H, t, k, H.tabArr[o])).toBe(-1)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
})

describe('tables: dup and clear', () => {
  it('tabDup copies every part and shares the shape', () => {
    const H = track(heapNew())
    const t = tabNew(H, 3, 2)
    putNum(H, tabSetInt(H, t, 1), 1)
    putStr(H, tabSetInt(H, t, 2), 'two')
    putNum(H, tabSetStr(H, t, strFromJS(H, 'x')), 10)
    putNum(H, tabSetStr(H, t, strFromJS(H, 'y')), 20)
    putNum(H, tabSetNum(H, t, 0.5), 5)
    const d = tabDup(H, t)
    expect(H.tabShape[d]).toBe(H.tabShape[t])
    expect(pairs(H, d)).toEqual(pairs(H, t))
    putNum(H, tabSetStr(H, d, strFromJS(H, 'x')), 11)
    expect(get(H, tabGetStr(H, t, strFromJS(H, 'x')))).toBe(10)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('tabClear empties but keeps sizes', () => {
    const H = track(heapNew())
    const t = tabNew(H, 0, 0)
    for (let i = 1; i <= 8; i++) putNum(H, tabSetInt(H, t, i), i)
    putNum(H, tabSetStr(H, t, strFromJS(H, 'x')), 1)
    putNum(H, tabSetNum(H, t, 0.5), 1)
    const asize = H.tabAsize[t]
    tabClear(H, t)
    expect(pairs(H, t)).toEqual([])
    expect(H.tabAsize[t]).toBe(asize)
    expect(tabLen(H, t)).toBe(0)
    putNum(H, tabSetNum(H, t, 0.5), 2)
    expect(get(H, tabGetNum(H, t, 0.5))).toBe(2)
    expect(H.vU[2 * tabGetStr(H, t, strFromJS(H, 'x')) + 1] === TAG_NIL || tabGetStr(H, t, strFromJS(H, 'x')) < 0).toBe(true)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
})
