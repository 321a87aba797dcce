// Shapes and PICs: sharing, dictionary switch, cache hit / miss / megamorphic.
import { describe, it, expect } from 'vitest'
import {
  heapNew, tabNew, tabDup, tabSetStr, tabGetStr, strFromJS, picLookupStr, picSetStr, picGrow,
  shapeFind, gcCollect, tabClear,
} from '../../src/rt/heap'
import { heapVerify } from '../../src/rt/verify'
import type { Heap } from '../../src/rt/heap'
import { SHAPE_ROOT, SHAPE_MAX_FIELDS, PIC_MEGA, PIC_ABSENT, PIC_WAYS } from '../../soa/tab'
import { putNum, putNil, get, track, heaps } from './util'

/** Table with string fields [names] set to 1, 2, ... in order. */
function build(H: Heap, names: string[]): number {
  const t = tabNew(H, 0, 0)
  for (let i = 0; i < names.length; i++) putNum(H, tabSetStr(H, t, strFromJS(H, names[i])), i + 1)
  return t
}

/** The interpreter's inline fast path, then the slow path. */
function load(H: Heap, site: number, t: number, s: number): number {
  const sh = H.tabShape[t], q = site * 4
  if (sh !== 0 && H.picShape[q] === sh) return H.tabFields[t] + H.picSlot[q]
  return picLookupStr(H, site, t, s)
}

describe('shapes', () => {
  it('tables built the same way share a shape; other orders do not', () => {
    const H = track(heapNew())
    const a = build(H, ['x', 'y', 'z'])
    const b = build(H, ['x', 'y', 'z'])
    const c = build(H, ['y', 'x', 'z'])
    const d = build(H, ['x', 'y'])
    expect(H.tabShape[a]).toBe(H.tabShape[b])
    expect(H.tabShape[a]).not.toBe(H.tabShape[c])
    expect(H.shParent[H.tabShape[a]]).toBe(H.tabShape[d])
    expect(H.shCount[H.tabShape[a]]).toBe(3)
    expect(H.tabShape[tabNew(H, 0, 0)]).toBe(SHAPE_ROOT)
    expect(shapeFind(H, H.tabShape[c], strFromJS(H, 'x'))).toBe(1)
    // siblings after a shared prefix keep correct keys
    const e = build(H, ['x', 'y', 'w'])
    expect(get(H, tabGetStr(H, e, strFromJS(H, 'w')))).toBe(3)
    expect(tabGetStr(H, e, strFromJS(H, 'z'))).toBe(-1)
    expect(get(H, tabGetStr(H, a, strFromJS(H, 'z')))).toBe(3)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('setting a field to nil keeps the shape; re-adding reuses the slot', () => {
    const H = track(heapNew())
    const a = build(H, ['x', 'y'])
    const sh = H.tabShape[a]
    putNil(H, tabSetStr(H, a, strFromJS(H, 'x')))
    expect(H.tabShape[a]).toBe(sh)
    expect(get(H, tabGetStr(H, a, strFromJS(H, 'x')))).toBe(null)
    putNum(H, tabSetStr(H, a, strFromJS(H, 'x')), 9)
    expect(H.tabShape[a]).toBe(sh)
    expect(get(H, tabGetStr(H, a, strFromJS(H, 'x')))).toBe(9)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('switches to dictionary mode past SHAPE_MAX_FIELDS and keeps every key', () => {
    const H = track(heapNew())
    const names = Array.from({ length: SHAPE_MAX_FIELDS + 10 }, (_, i) => 'f' + i)
    const t = build(H, names)
    expect(H.tabShape[t]).toBe(0)
    for (let i = 0; i < names.length; i++) expect(get(H, tabGetStr(H, t, strFromJS(H, names[i])))).toBe(i + 1)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('switches to dictionary mode on heavy deletion', () => {
    const H = track(heapNew())
    const t = build(H, Array.from({ length: 20 }, (_, i) => 'g' + i))
    for (let i = 0; i < 15; i++) putNil(H, tabSetStr(H, t, strFromJS(H, 'g' + i)))
    expect(H.tabShape[t]).not.toBe(0)
    putNum(H, tabSetStr(H, t, strFromJS(H, 'new')), 99)
    expect(H.tabShape[t]).toBe(0)
    expect(get(H, tabGetStr(H, t, strFromJS(H, 'new')))).toBe(99)
    expect(get(H, tabGetStr(H, t, strFromJS(H, 'g19')))).toBe(20)
    expect(tabGetStr(H, t, strFromJS(H, 'g0'))).toBe(-1)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('tabClear returns a table to the root shape', () => {
    const H = track(heapNew())
    const t = build(H, ['a', 'b'])
    tabClear(H, t)
    expect(H.tabShape[t]).toBe(SHAPE_ROOT)
    putNum(H, tabSetStr(H, t, strFromJS(H, 'b')), 5)
    expect(get(H, tabGetStr(H, t, strFromJS(H, 'b')))).toBe(5)
    expect(tabGetStr(H, t, strFromJS(H, 'a'))).toBe(-1)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('unused shapes are collected, used ones and their ancestors kept', () => {
    const H = track(heapNew())
    const keep = build(H, ['p', 'q', 'r'])
    const g = tabSetStr(H, H.globals, strFromJS(H, 'keep'))
    H.vU[2 * g] = keep; H.vU[2 * g + 1] = 0xfffffff4
    for (let i = 0; i < 100; i++) build(H, ['tmp' + i, 'x'])
    const before = H.shFreeId
    gcCollect(H)
    expect(H.shFreeId).not.toBe(before)
    const sh = H.tabShape[keep]
    expect(H.shFlag[sh] & 1).toBe(1)
    expect(H.shFlag[H.shParent[sh]] & 1).toBe(1)
    expect(get(H, tabGetStr(H, keep, strFromJS(H, 'r')))).toBe(3)
    // a new table built the same way still finds the shared shape
    expect(H.tabShape[build(H, ['p', 'q', 'r'])]).toBe(sh)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
})

describe('PICs', () => {
  it('hit, miss, absent and megamorphic', () => {
    const H = track(heapNew())
    picGrow(H, 10)
    const x = strFromJS(H, 'x')
    const a = build(H, ['x', 'y'])
    const b = build(H, ['y', 'x'])
    const site = 3, q = site * PIC_WAYS
    expect(get(H, load(H, site, a, x))).toBe(1) // miss, fills way 0
    expect(H.picShape[q]).toBe(H.tabShape[a])
    expect(get(H, load(H, site, a, x))).toBe(1) // inline hit
    expect(get(H, load(H, site, b, x))).toBe(2) // miss, way 1
    expect(H.picShape[q + 1]).toBe(H.tabShape[b])
    expect(get(H, load(H, site, b, x))).toBe(2) // slow-path hit in way 1
    const c = build(H, ['z'])
    expect(load(H, site, c, x)).toBeLessThan(0) // absent, cached
    expect(H.picSlot[q + 2]).toBe(PIC_ABSENT)
    expect(load(H, site, c, x)).toBeLessThan(0)
    const d = build(H, ['w', 'v', 'x'])
    expect(get(H, load(H, site, d, x))).toBe(3) // way 3
    const e = build(H, ['u', 'x'])
    expect(get(H, load(H, site, e, x))).toBe(2) // fifth shape: megamorphic
    expect(H.picShape[q]).toBe(PIC_MEGA)
    expect(get(H, load(H, site, a, x))).toBe(1)
    expect(get(H, load(H, site, d, x))).toBe(3)
    // dictionary tables bypass the PIC
    const big = build(H, Array.from({ length: SHAPE_MAX_FIELDS + 1 }, (_, i) => i === 5 ? 'x' : 'k' + i))
    expect(get(H, load(H, 4, big, x))).toBe(6)
    expect(H.picShape[4 * PIC_WAYS]).toBe(0)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('store PIC caches hits and transitions; never absences', () => {
    const H = track(heapNew())
    picGrow(H, 10)
    const x = strFromJS(H, 'x')
    const t1 = tabNew(H, 0, 0)
    const s1 = picSetStr(H, 2, t1, x)
    expect(s1).toBeGreaterThan(0)
    putNum(H, s1, 5)
    expect(H.picShape[2 * PIC_WAYS]).toBe(H.tabShape[t1])
    const t2 = tabNew(H, 0, 0)
    putNum(H, picSetStr(H, 2, t2, x), 6) // root shape: miss, transition
    expect(H.tabShape[t2]).toBe(H.tabShape[t1])
    const s3 = picSetStr(H, 2, t2, x) // hit
    expect(get(H, s3)).toBe(6)
    for (let w = 0; w < PIC_WAYS; w++) expect(H.picSlot[2 * PIC_WAYS + w]).toBeGreaterThanOrEqual(0)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('entries of freed shapes are dropped by the collector', () => {
    const H = track(heapNew())
    picGrow(H, 10)
    const x = strFromJS(H, 'x')
    const a = build(H, ['tmp', 'x'])
    picLookupStr(H, 1, a, x)
    expect(H.picShape[PIC_WAYS]).toBe(H.tabShape[a])
    gcCollect(H) // a is garbage: its shape dies
    expect(H.picShape[PIC_WAYS]).toBe(0)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
})
