// Strings: interned byte strings (equal bytes <=> equal id), their byte
// arena, the decoded-JS cache and the byte builder.
//
// Bytes live in H.strData, bump-allocated, each string behind a header:
//
//   p = strOff[id] - 8
//   +--------+--------+--------+-------+
//   | len u32 LE      | id u32 LE      |  bytes[len] ...     (no padding)
//   +--------+--------+--------+-------+
//
// The header lets strCompact walk the arena linearly after a sweep and slide
// live strings down (a block is live iff strOff[its id] points at it), so
// freed bytes are reused without a free list. Compaction runs only inside
// the collector, never during allocation, so strBytes views and strOff stay
// valid from one safe point to the next.
//
// Interning: chained hash table H.strTab (power of two buckets), chain
// through strNext. The hash is Lua 5.1's luaS_newlstr scheme: seed = len,
// and at most 32 sampled bytes (step = (len >> 5) + 1), so a 1 MB string
// hashes in O(32); equal-hash candidates are compared byte by byte.
import type { Heap } from './heap'
import { growI32, growU32, growU8 } from './grow'
import { COST_STR, FL_LIVE, FL_MARK, FL_FIXED } from '../../soa/heap'

const STR_HDR = 8
const enc = new TextEncoder()
const dec = new TextDecoder()
let encBuf = new Uint8Array(256)

// -- Store -------------------------------------------------------------------

/** Grow every string column to at least [n] ids. */
function strStoreGrow(H: Heap, n: number): void {
  let cap = H.strCap * 2
  while (cap < n) cap *= 2
  H.strOff = growI32(H.strOff, cap)
  H.strLen = growI32(H.strLen, cap)
  H.strHash = growU32(H.strHash, cap)
  H.strNext = growI32(H.strNext, cap)
  H.strFlag = growU8(H.strFlag, cap)
  for (let i = H.strCap; i < cap; i++) H.strJS.push(null)
  H.strCap = cap
}

/** Grow the byte arena to hold [need] more bytes. */
function strDataGrow(H: Heap, need: number): void {
  let cap = H.strData.length * 2
  while (cap < H.strDataTop + need) cap *= 2
  const d = new Uint8Array(cap)
  d.set(H.strData.subarray(0, H.strDataTop))
  H.strData = d
}

/** Double the intern table and rehash every chain. */
function strTabResize(H: Heap): void {
  const old = H.strTab
  const size = old.length * 2
  const tab = new Int32Array(size)
  const mask = size - 1
  const next = H.strNext, hash = H.strHash
  for (let b = 0; b < old.length; b++) {
    let id = old[b]
    while (id !== 0) {
      const nx = next[id]
      const h = hash[id] & mask
      next[id] = tab[h]
      tab[h] = id
      id = nx
    }
  }
  H.strTab = tab
  H.strTabMask = mask
}

/** Lua 5.1 string hash of [len] bytes of [src] at [off]. */
export function strHashBytes(src: Uint8Array, off: number, len: number): number {
  let h = len >>> 0
  const step = (len >> 5) + 1
  for (let l1 = len; l1 >= step; l1 -= step) {
    h = (h ^ (((h << 5) + (h >>> 2) + src[off + l1 - 1]) | 0)) >>> 0
  }
  return h
}

/** Intern [len] bytes of [src] at [off]; returns the string id. May grow. */
export function strIntern(H: Heap, src: Uint8Array, off: number, len: number): number {
  const h = strHashBytes(src, off, len)
  let id = H.strTab[h & H.strTabMask]
  const data = H.strData
  while (id !== 0) {
    if (H.strHash[id] === h && H.strLen[id] === len) {
      const o = H.strOff[id]
      let i = 0
      while (i < len && data[o + i] === src[off + i]) i++
      if (i === len) return id
    }
    id = H.strNext[id]
  }
  return strNewId(H, src, off, len, h)
}

/** Create string [h] from bytes not yet interned. */
function strNewId(H: Heap, src: Uint8Array, off: number, len: number, h: number): number {
  let id = H.strFreeId
  if (id !== 0) H.strFreeId = H.strNext[id]
  else {
    id = H.strTop++
    if (id >= H.strCap) strStoreGrow(H, id + 1)
  }
  if (H.strDataTop + STR_HDR + len > H.strData.length) strDataGrow(H, STR_HDR + len)
  const d = H.strData
  const p = H.strDataTop
  d[p] = len & 255; d[p + 1] = (len >>> 8) & 255
  d[p + 2] = (len >>> 16) & 255; d[p + 3] = len >>> 24
  d[p + 4] = id & 255; d[p + 5] = (id >>> 8) & 255
  d[p + 6] = (id >>> 16) & 255; d[p + 7] = id >>> 24
  const o = p + STR_HDR
  if (len <= 32) { for (let i = 0; i < len; i++) d[o + i] = src[off + i] }
  else d.set(src.subarray(off, off + len), o)
  H.strDataTop = o + len
  H.strOff[id] = o
  H.strLen[id] = len
  H.strHash[id] = h
  H.strFlag[id] = FL_LIVE
  H.strJS[id] = null
  const b = h & H.strTabMask
  H.strNext[id] = H.strTab[b]
  H.strTab[b] = id
  H.gcBytes += COST_STR + STR_HDR + len
  if (++H.strCount > H.strTab.length) strTabResize(H)
  return id
}

// -- JS boundary -------------------------------------------------------------

/** UTF-8 encode [s] into the module scratch buffer; returns the length. */
function encodeJS(s: string): number {
  const n = s.length
  if (encBuf.length < 3 * n) encBuf = new Uint8Array(3 * n + 16)
  const b = encBuf
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x80) return enc.encodeInto(s, b).written
    b[i] = c
  }
  return n
}

/** Intern the UTF-8 encoding of JS string [s]. May grow. */
export function strFromJS(H: Heap, s: string): number {
  const n = encodeJS(s)
  return strIntern(H, encBuf, 0, n)
}

/** Decode string [id] as UTF-8 (invalid bytes become U+FFFD); cached. */
export function strToJS(H: Heap, id: number): string {
  const c = H.strJS[id]
  if (c !== null) return c
  const o = H.strOff[id], len = H.strLen[id], d = H.strData
  let s = ''
  let ascii = len <= 64
  if (ascii) {
    for (let i = 0; i < len; i++) { if (d[o + i] >= 0x80) { ascii = false; break } }
  }
  if (ascii) { for (let i = 0; i < len; i++) s += String.fromCharCode(d[o + i]) }
  else s = dec.decode(d.subarray(o, o + len))
  H.strJS[id] = s
  return s
}

/** Bytes of string [id]: a view valid until the next allocation. */
export function strBytes(H: Heap, id: number): Uint8Array {
  const o = H.strOff[id]
  return H.strData.subarray(o, o + H.strLen[id])
}

/** Byte [i] (0-based) of string [id]. */
export function strByte(H: Heap, id: number, i: number): number {
  return H.strData[H.strOff[id] + i]
}

/** Compare strings [a] and [b] bytewise (strcmp order): <0, 0, >0. */
export function strCmp(H: Heap, a: number, b: number): number {
  if (a === b) return 0
  const d = H.strData
  const oa = H.strOff[a], ob = H.strOff[b], la = H.strLen[a], lb = H.strLen[b]
  const n = la < lb ? la : lb
  for (let i = 0; i < n; i++) {
    const x = d[oa + i] - d[ob + i]
    if (x !== 0) return x
  }
  return la - lb
}

// -- Byte builder ------------------------------------------------------------

/** Make room for [n] more bytes in the builder. */
function sbNeed(H: Heap, n: number): void {
  if (H.sbN + n <= H.sbBuf.length) return
  let cap = H.sbBuf.length * 2
  while (cap < H.sbN + n) cap *= 2
  const b = new Uint8Array(cap)
  b.set(H.sbBuf.subarray(0, H.sbN))
  H.sbBuf = b
}

/** Empty the builder. */
export function sbReset(H: Heap): void {
  H.sbN = 0
}

/** Append the bytes of string [id]. */
export function sbPutStr(H: Heap, id: number): void {
  const len = H.strLen[id]
  sbNeed(H, len)
  const o = H.strOff[id], d = H.strData, b = H.sbBuf, p = H.sbN
  if (len <= 32) { for (let i = 0; i < len; i++) b[p + i] = d[o + i] }
  else b.set(d.subarray(o, o + len), p)
  H.sbN = p + len
}

/** Append [len] bytes of [src] at [off]. */
export function sbPutBytes(H: Heap, src: Uint8Array, off: number, len: number): void {
  sbNeed(H, len)
  const b = H.sbBuf, p = H.sbN
  if (len <= 32) { for (let i = 0; i < len; i++) b[p + i] = src[off + i] }
  else b.set(src.subarray(off, off + len), p)
  H.sbN = p + len
}

/** Append byte [c]. */
export function sbPutByte(H: Heap, c: number): void {
  if (H.sbN >= H.sbBuf.length) sbNeed(H, 1)
  H.sbBuf[H.sbN++] = c
}

/** Append the UTF-8 encoding of JS string [s]. */
export function sbPutJS(H: Heap, s: string): void {
  const n = encodeJS(s)
  sbPutBytes(H, encBuf, 0, n)
}

/** Bytes in the builder. */
export function sbLen(H: Heap): number {
  return H.sbN
}

/** Intern the builder's bytes; returns the string id. May grow. */
export function sbToStr(H: Heap): number {
  return strIntern(H, H.sbBuf, 0, H.sbN)
}

// -- Collector support -------------------------------------------------------

/** Free every unmarked, unfixed string; clear marks. Returns freed count. */
export function strSweep(H: Heap): number {
  const tab = H.strTab, next = H.strNext, flag = H.strFlag
  let freed = 0
  for (let b = 0; b < tab.length; b++) {
    let prev = 0
    let id = tab[b]
    while (id !== 0) {
      const nx = next[id]
      const f = flag[id]
      if ((f & (FL_MARK | FL_FIXED)) === 0) {
        if (prev === 0) tab[b] = nx
        else next[prev] = nx
        const len = H.strLen[id]
        H.gcBytes -= COST_STR + STR_HDR + len
        H.strDataDead += STR_HDR + len
        H.strOff[id] = -1
        flag[id] = 0
        H.strJS[id] = null
        next[id] = H.strFreeId
        H.strFreeId = id
        H.strCount--
        freed++
      } else {
        flag[id] = f & ~FL_MARK
        prev = id
      }
      id = nx
    }
  }
  return freed
}

/** Slide live strings down over freed bytes (after strSweep only). */
export function strCompact(H: Heap): void {
  const d = H.strData, off = H.strOff, end = H.strDataTop
  let p = 0, w = 0
  while (p < end) {
    const len = (d[p] | (d[p + 1] << 8) | (d[p + 2] << 16) | (d[p + 3] << 24)) >>> 0
    const id = (d[p + 4] | (d[p + 5] << 8) | (d[p + 6] << 16) | (d[p + 7] << 24)) >>> 0
    const n = STR_HDR + len
    if (off[id] === p + STR_HDR) {
      if (w !== p) { d.copyWithin(w, p, p + n); off[id] = w + STR_HDR }
      w += n
    }
    p += n
  }
  H.strDataTop = w
  H.strDataDead = 0
}
