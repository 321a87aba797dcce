// Strings: interning, byte strings with NULs, hashing cost, UTF-8 boundary,
// the byte builder, and reuse of string space after collection.
import { describe, it, expect } from 'vitest'
import {
  heapNew, strIntern, strFromJS, strToJS, strBytes, strCmp, strHashBytes,
  sbReset, sbPutStr, sbPutBytes, sbPutByte, sbPutJS, sbLen, sbToStr, gcCollect, gcCount,
} from '../../src/rt/heap'
import { heapVerify } from '../../src/rt/verify'
import { track, heaps } from './util'
import { MM, MM_NAMES } from '../../soa/heap'

describe('strings', () => {
  it('equal bytes give equal ids, different bytes different ids', () => {
    const H = track(heapNew())
    const a = strFromJS(H, 'hello')
    const b = strIntern(H, new TextEncoder().encode('xxhelloxx'), 2, 5)
    expect(a).toBe(b)
    expect(strFromJS(H, 'hellO')).not.toBe(a)
    expect(strFromJS(H, '')).toBe(strIntern(H, new Uint8Array(0), 0, 0))
    const ids = new Set<number>()
    for (let i = 0; i < 10000; i++) ids.add(strFromJS(H, 's' + i))
    expect(ids.size).toBe(10000)
    for (let i = 0; i < 10000; i += 999) expect(strToJS(H, strFromJS(H, 's' + i))).toBe('s' + i)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('embedded NULs and arbitrary bytes', () => {
    const H = track(heapNew())
    const bytes = new Uint8Array([0, 1, 0, 255, 128, 0])
    const a = strIntern(H, bytes, 0, 6)
    const b = strIntern(H, bytes, 0, 5)
    expect(a).not.toBe(b)
    expect(H.strLen[a]).toBe(6)
    expect(Array.from(strBytes(H, a))).toEqual([0, 1, 0, 255, 128, 0])
    expect(strIntern(H, new Uint8Array([9, 0, 1, 0, 255, 128, 0]), 1, 6)).toBe(a)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('UTF-8 round trip; invalid bytes decode as U+FFFD', () => {
    const H = track(heapNew())
    const s = 'héllo wörld ✓ 𝄞'
    const id = strFromJS(H, s)
    expect(H.strLen[id]).toBe(new TextEncoder().encode(s).length)
    expect(strToJS(H, id)).toBe(s)
    expect(strToJS(H, strIntern(H, new Uint8Array([0x61, 0xff]), 0, 2))).toBe('a\ufffd')
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('1 MB strings hash in O(32) and intern fast', () => {
    const H = track(heapNew())
    const big = new Uint8Array(1 << 20)
    for (let i = 0; i < big.length; i++) big[i] = (i * 7) & 255
    // The hash samples at most 32 bytes (no timing here: speed is perf/'s job):
    // a byte outside the sample leaves the hash unchanged.
    const h0 = strHashBytes(big, 0, big.length)
    big[1] ^= 1
    expect(strHashBytes(big, 0, big.length)).toBe(h0)
    big[1] ^= 1
    const a = strIntern(H, big, 0, big.length)
    big[1] ^= 1 // a byte the hash does not sample: same hash, different string
    const b = strIntern(H, big, 0, big.length)
    expect(b).not.toBe(a)
    expect(H.strHash[a]).toBe(H.strHash[b])
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('strCmp orders bytewise, prefix first', () => {
    const H = track(heapNew())
    const c = (x: string, y: string): number => Math.sign(strCmp(H, strFromJS(H, x), strFromJS(H, y)))
    expect(c('a', 'b')).toBe(-1)
    expect(c('ab', 'a')).toBe(1)
    expect(c('', '')).toBe(0)
    expect(c('\u00ff', 'z')).toBe(1)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('metamethod names are pre-interned and fixed', () => {
    const H = track(heapNew())
    for (let mm = 0; mm < MM._MAX; mm++) expect(strToJS(H, H.mmName[mm])).toBe(MM_NAMES[mm])
    expect(H.mmName[MM.index]).toBe(strFromJS(H, '__index'))
    gcCollect(H)
    expect(H.mmName[MM.tostring]).toBe(strFromJS(H, '__tostring'))
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
})

describe('byte builder', () => {
  it('concatenates strings, bytes and JS text, then interns', () => {
    const H = track(heapNew())
    sbReset(H)
    sbPutStr(H, strFromJS(H, 'foo'))
    sbPutByte(H, 0)
    sbPutBytes(H, new Uint8Array([65, 66, 67]), 1, 2)
    sbPutJS(H, 'é')
    expect(sbLen(H)).toBe(8)
    const id = sbToStr(H)
    expect(Array.from(strBytes(H, id))).toEqual([102, 111, 111, 0, 66, 67, 0xc3, 0xa9])
    sbReset(H)
    for (let i = 0; i < 100000; i++) sbPutByte(H, 97)
    const big = sbToStr(H)
    expect(H.strLen[big]).toBe(100000)
    sbReset(H)
    sbPutStr(H, big)
    sbPutStr(H, big)
    expect(H.strLen[sbToStr(H)]).toBe(200000)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
})

describe('string collection', () => {
  it('unreachable strings are freed, ids and bytes reused', () => {
    const H = track(heapNew())
    gcCollect(H)
    const base = gcCount(H)
    const topBefore = H.strTop
    for (let i = 0; i < 20000; i++) strFromJS(H, 'garbage string number ' + i)
    expect(gcCount(H)).toBeGreaterThan(base + 500)
    gcCollect(H)
    expect(gcCount(H)).toBe(base)
    const dataTop = H.strDataTop
    for (let i = 0; i < 20000; i++) strFromJS(H, 'other garbage string #' + i)
    expect(H.strTop).toBeLessThanOrEqual(topBefore + 20000)
    gcCollect(H)
    expect(H.strDataTop).toBe(dataTop)
    expect(strToJS(H, H.mmName[MM.gc])).toBe('__gc')
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
})
