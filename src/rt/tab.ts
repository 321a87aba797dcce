// Tables: Lua 5.1 tables as three arena blocks (array part, shape-described
// field slots, hash nodes); soa/tab.ts draws the layouts.
//
// Key routing (get and set):
//   integer-valued number k, 1 <= k <= asize   -> array slot tabArr + k - 1
//   string, shape mode                         -> field slot (shape lookup)
//   anything else (incl. strings in dict mode) -> hash node
// Lookups return the arena slot of the value or -1; setters return the slot
// to write, creating the key (value nil) when absent. A key whose value is
// nil stays in place ("dead key"), so assigning existing fields, even to
// nil, never moves anything and `next` stays valid during traversal.
//
// The hash part is Lua 5.1's (ltable.c, re-derived): chained scatter table
// with Brent's variation. A key's main position is hash & mask; a colliding
// node that is not in its own main position is moved to a free node, so
// every chain starts at its main position. Free nodes come from a
// decreasing lastfree index. When none is left, rehash counts every live
// key plus the new one, picks the array size as the largest power of two n
// with more than n/2 integer keys in 1..n (computesizes), and rebuilds both
// parts; the old nodes are reinserted from the last to the first, and the
// main positions are 5.1's, so integer-keyed tables size exactly as in PUC.
// All key comparisons are two-word compares: number keys are
// normalised (-0 -> +0, NaN rejected) and strings are interned.
//
// Divergence from PUC 5.1: string keys of shape-mode tables do not occupy
// hash nodes, so the moment of a rehash, and therefore the array size and
// `#` of tables with holes, can differ for tables that mix string keys and
// sparse integer keys. Borders of proper sequences are always the same.
import type { Heap } from './heap'
import { growI32, growU32, growU8 } from './grow'
import { arenaAlloc, arenaAllocNil, arenaFree, arenaSize } from './arena'
import { shapeFind, shapeChild } from './shape'
import { COST_TAB, FL_LIVE } from '../../soa/heap'
import { SHAPE_ROOT, SHAPE_MAX_FIELDS, DESC_HDR } from '../../soa/tab'
import { TAG_NIL, TAG_STR, TAG_NUMX, TAG_TRUE, TAG_FALSE } from '../../soa/value'

// Word offsets inside a node at slot n (soa/tab.ts): value 2n/2n+1,
// key 2n+2 (lo) / 2n+3 (hi), next 2n+4.
const W_VHI = 1, W_KLO = 2, W_KHI = 3, W_NEXT = 4
/** Lua 5.1 MAXBITS: integer keys above 2^26 never go to the array part. */
const MAXABITS = 26
const MAXASIZE = 1 << MAXABITS
const NIL = 0xffffffff
const nums = new Int32Array(MAXABITS + 2)
let csNasize = 0

// -- Store -------------------------------------------------------------------

/** Grow every table column to at least [n] ids. */
function tabStoreGrow(H: Heap, n: number): void {
  let cap = H.tabCap * 2
  while (cap < n) cap *= 2
  H.tabMeta = growI32(H.tabMeta, cap)
  H.tabArr = growI32(H.tabArr, cap)
  H.tabAsize = growI32(H.tabAsize, cap)
  H.tabShape = growI32(H.tabShape, cap)
  H.tabFields = growI32(H.tabFields, cap)
  H.tabFcap = growI32(H.tabFcap, cap)
  H.tabNode = growI32(H.tabNode, cap)
  H.tabHmask = growI32(H.tabHmask, cap)
  H.tabLastFree = growI32(H.tabLastFree, cap)
  H.tabNomm = growU32(H.tabNomm, cap)
  H.tabFlag = growU8(H.tabFlag, cap)
  H.tabCap = cap
}

/** A fresh table id with empty parts (free ids link through tabArr). */
function tabAllocId(H: Heap): number {
  let t = H.tabFreeId
  if (t !== 0) H.tabFreeId = H.tabArr[t]
  else {
    t = H.tabTop++
    if (t >= H.tabCap) tabStoreGrow(H, t + 1)
  }
  H.tabMeta[t] = 0
  H.tabArr[t] = 0
  H.tabAsize[t] = 0
  H.tabShape[t] = SHAPE_ROOT
  H.tabFields[t] = 0
  H.tabFcap[t] = 0
  H.tabNode[t] = 0
  H.tabHmask[t] = -1
  H.tabLastFree[t] = 0
  H.tabNomm[t] = 0
  H.tabFlag[t] = FL_LIVE
  H.gcBytes += COST_TAB
  return t
}

/** Give [t] a fresh, empty hash part for [n] keys (power of two nodes). */
function hashAlloc(H: Heap, t: number, n: number): void {
  if (n <= 0) { H.tabNode[t] = 0; H.tabHmask[t] = -1; H.tabLastFree[t] = 0; return }
  const size = n <= 1 ? 1 : 2 ** (32 - Math.clz32(n - 1))
  const base = arenaAlloc(H, 3 * size) // may grow H.vU: reload
  H.vU.fill(NIL, 2 * base, 2 * (base + 3 * size)) // nil values, nil keys, next -1
  H.tabNode[t] = base
  H.tabHmask[t] = size - 1
  H.tabLastFree[t] = size
}

/** Create a table with [narr] array slots and room for [nhash] other keys. */
export function tabNew(H: Heap, narr: number, nhash: number): number {
  const t = tabAllocId(H)
  if (narr > 0) {
    H.tabArr[t] = arenaAllocNil(H, narr)
    H.tabAsize[t] = narr
  }
  if (nhash > SHAPE_MAX_FIELDS) {
    H.tabShape[t] = 0
    hashAlloc(H, t, nhash)
  } else if (nhash > 0) {
    const cap = arenaSize(nhash)
    H.tabFields[t] = arenaAlloc(H, cap)
    H.tabFcap[t] = cap
  }
  return t
}

/** Release every block of table [t] and its id (collector only). */
export function tabFree(H: Heap, t: number): void {
  arenaFree(H, H.tabArr[t], H.tabAsize[t])
  arenaFree(H, H.tabFields[t], H.tabFcap[t])
  if (H.tabHmask[t] >= 0) arenaFree(H, H.tabNode[t], 3 * (H.tabHmask[t] + 1))
  H.tabFlag[t] = 0
  H.tabArr[t] = H.tabFreeId
  H.tabFreeId = t
  H.gcBytes -= COST_TAB
}

// -- Hashing -----------------------------------------------------------------

/** Main position of key ([hi], [lo]) in a hash part of [mask]+1 nodes:
 *  Lua 5.1's (numbers: sum of the two words mod (size-1)|1, 0 at node 0;
 *  strings and booleans: hash & mask), so integer-keyed tables rehash at
 *  the same moments as in PUC Lua and get the same `#`. */
function mainPos(H: Heap, hi: number, lo: number, mask: number): number {
  if (hi < TAG_NUMX) {
    if (hi === 0 && lo === 0) return 0
    return ((lo + hi) >>> 0) % (mask | 1)
  }
  if (hi === TAG_STR) return H.strHash[lo] & mask
  if (hi === TAG_TRUE) return 1 & mask
  if (hi === TAG_FALSE) return 0
  const h = Math.imul(lo ^ (hi << 7), 0x9e3779b1)
  return ((h ^ (h >>> 15)) >>> 0) % (mask | 1)
}

/** Node slot of key ([hi], [lo]) in [t]'s hash part, or -1. */
function hashFind(H: Heap, t: number, hi: number, lo: number): number {
  const mask = H.tabHmask[t]
  if (mask < 0) return -1
  const U = H.vU, base = H.tabNode[t]
  let i = mainPos(H, hi, lo, mask)
  do {
    const w = 2 * (base + 3 * i)
    if (U[w + W_KLO] === lo && U[w + W_KHI] === hi) return base + 3 * i
    i = U[w + W_NEXT] | 0
  } while (i >= 0)
  return -1
}

/** Index of a free node (nil key) of [t], scanning down, or -1. */
function getFreePos(H: Heap, t: number): number {
  const U = H.vU, base = H.tabNode[t]
  let lf = H.tabLastFree[t]
  while (lf > 0) {
    lf--
    if (U[2 * (base + 3 * lf) + W_KHI] === TAG_NIL) { H.tabLastFree[t] = lf; return lf }
  }
  H.tabLastFree[t] = 0
  return -1
}

/** Insert absent key ([hi], [lo]) into the hash part; returns its value slot. */
function hashNewKey(H: Heap, t: number, hi: number, lo: number): number {
  H.tabNomm[t] = 0
  const mask = H.tabHmask[t]
  if (mask < 0) { rehash(H, t, hi, lo); return setWords(H, t, hi, lo) }
  const U = H.vU, base = H.tabNode[t]
  let mp = base + 3 * mainPos(H, hi, lo, mask)
  if (U[2 * mp + W_VHI] !== TAG_NIL) {
    const f = getFreePos(H, t)
    if (f < 0) { rehash(H, t, hi, lo); return setWords(H, t, hi, lo) }
    const fn = base + 3 * f
    const w = 2 * mp
    let o = base + 3 * mainPos(H, U[w + W_KHI], U[w + W_KLO], mask)
    if (o !== mp) {
      // the occupant is not in its main position: move it to the free node
      for (;;) {
        const nx = base + 3 * (U[2 * o + W_NEXT] | 0)
        if (nx === mp) break
        o = nx
      }
      U[2 * o + W_NEXT] = f
      U.copyWithin(2 * fn, w, w + 6)
      U[w + W_NEXT] = NIL
      U[w] = NIL
      U[w + W_VHI] = NIL
    } else {
      // the occupant is in its main position: chain the new key after it
      U[2 * fn + W_NEXT] = U[w + W_NEXT]
      U[w + W_NEXT] = f
      mp = fn
    }
  }
  U[2 * mp + W_KLO] = lo
  U[2 * mp + W_KHI] = hi
  return mp
}

// -- Rehash (Lua 5.1 sizing) -------------------------------------------------

/** Count number key [k] into nums if it is an array candidate; returns 0/1. */
function countInt(k: number): number {
  if ((k | 0) !== k || k < 1 || k > MAXASIZE) return 0
  nums[k <= 1 ? 0 : 32 - Math.clz32(k - 1)]++
  return 1
}

/** Count live array slots of [t] into nums by power-of-two slices. */
function numUseArray(H: Heap, t: number): number {
  const U = H.vU, asize = H.tabAsize[t], arr = H.tabArr[t]
  let ause = 0, i = 1
  for (let lg = 0, ttlg = 1; lg <= MAXABITS; lg++, ttlg *= 2) {
    let lc = 0, lim = ttlg
    if (lim > asize) {
      lim = asize
      if (i > lim) break
    }
    for (; i <= lim; i++) if (U[2 * (arr + i - 1) + 1] !== TAG_NIL) lc++
    nums[lg] += lc
    ause += lc
  }
  return ause
}

/** Optimal array size (in csNasize) for [narray] candidates; returns how
 *  many keys go to the array part. */
function computeSizes(narray: number): number {
  let a = 0, na = 0, n = 0
  for (let i = 0, twotoi = 1; twotoi >>> 1 < narray && i <= MAXABITS; i++, twotoi *= 2) {
    if (nums[i] > 0) {
      a += nums[i]
      if (a > twotoi >>> 1) { n = twotoi; na = a }
    }
  }
  csNasize = n
  return na
}

/** Resize [t] to fit its keys plus the new key ([hi], [lo]). */
function rehash(H: Heap, t: number, hi: number, lo: number): void {
  nums.fill(0)
  let na = numUseArray(H, t)
  let total = na
  const mask = H.tabHmask[t]
  if (mask >= 0) {
    const U = H.vU, F = H.vF, base = H.tabNode[t]
    for (let i = 0; i <= mask; i++) {
      const n = base + 3 * i
      if (U[2 * n + W_VHI] === TAG_NIL) continue
      total++
      if (U[2 * n + W_KHI] < TAG_NUMX) na += countInt(F[n + 1])
    }
  }
  if (hi < TAG_NUMX) {
    H.scratchU[0] = lo
    H.scratchU[1] = hi
    na += countInt(H.scratchF[0])
  }
  total++
  const inArr = computeSizes(na)
  tabResize(H, t, csNasize, total - inArr)
}

/** Rebuild [t] with [nasize] array slots and a hash part for [nhsize] keys. */
export function tabResize(H: Heap, t: number, nasize: number, nhsize: number): void {
  const oldAsize = H.tabAsize[t], oldArr = H.tabArr[t]
  const oldMask = H.tabHmask[t], oldNode = H.tabNode[t]
  if (nasize !== oldAsize) {
    const na = nasize > 0 ? arenaAlloc(H, nasize) : 0 // may grow H.vU: reload
    const U = H.vU
    const keep = nasize < oldAsize ? nasize : oldAsize
    if (keep > 0) U.copyWithin(2 * na, 2 * oldArr, 2 * (oldArr + keep))
    if (nasize > keep) U.fill(NIL, 2 * (na + keep), 2 * (na + nasize))
    H.tabArr[t] = na
    H.tabAsize[t] = nasize
  }
  hashAlloc(H, t, nhsize)
  for (let i = nasize + 1; i <= oldAsize; i++) {
    const s = oldArr + i - 1
    if (H.vU[2 * s + 1] === TAG_NIL) continue
    const d = tabSetNum(H, t, i)
    const U = H.vU
    U[2 * d] = U[2 * s]
    U[2 * d + 1] = U[2 * s + 1]
  }
  for (let i = oldMask; i >= 0; i--) {
    const n = oldNode + 3 * i
    let U = H.vU
    if (U[2 * n + W_VHI] === TAG_NIL) continue
    const d = setWords(H, t, U[2 * n + W_KHI], U[2 * n + W_KLO])
    U = H.vU
    U[2 * d] = U[2 * n]
    U[2 * d + 1] = U[2 * n + 1]
  }
  if (nasize !== oldAsize) arenaFree(H, oldArr, oldAsize)
  if (oldMask >= 0) arenaFree(H, oldNode, 3 * (oldMask + 1))
}

// -- Shape mode --------------------------------------------------------------

/** Add string [s] as a new field of shape-mode table [t]; returns its slot. */
function tabAddField(H: Heap, t: number, s: number): number {
  const sh = H.tabShape[t], cnt = H.shCount[sh]
  if (cnt >= SHAPE_MAX_FIELDS || (cnt >= 8 && 2 * deadFields(H, t, cnt) > cnt)) {
    tabToDict(H, t)
    return hashNewKey(H, t, TAG_STR, s)
  }
  const child = shapeChild(H, sh, s) // may grow H.vU: reload
  if (cnt >= H.tabFcap[t]) tabFieldsGrow(H, t, cnt)
  H.tabShape[t] = child
  H.tabNomm[t] = 0
  const slot = H.tabFields[t] + cnt
  H.vU[2 * slot] = NIL
  H.vU[2 * slot + 1] = NIL
  return slot
}

/** Make room in [t]'s field block for field index [cnt] (the first [cnt]
 *  fields are live). May grow H.vU. */
export function tabFieldsGrow(H: Heap, t: number, cnt: number): void {
  const old = H.tabFields[t], oldCap = H.tabFcap[t]
  const cap = arenaSize(cnt < 2 ? 4 : 2 * cnt)
  const nf = arenaAlloc(H, cap) // may grow H.vU: reload
  if (cnt > 0) H.vU.copyWithin(2 * nf, 2 * old, 2 * (old + cnt))
  arenaFree(H, old, oldCap)
  H.tabFields[t] = nf
  H.tabFcap[t] = cap
}

/** Number of nil field slots among the first [cnt] of [t]. */
function deadFields(H: Heap, t: number, cnt: number): number {
  const U = H.vU, f = H.tabFields[t]
  let dead = 0
  for (let i = 0; i < cnt; i++) if (U[2 * (f + i) + 1] === TAG_NIL) dead++
  return dead
}

/** Switch [t] to dictionary mode: live fields move into the hash part. */
export function tabToDict(H: Heap, t: number): void {
  const sh = H.tabShape[t]
  if (sh === 0) return
  const cnt = H.shCount[sh], f = H.tabFields[t], fcap = H.tabFcap[t]
  let live = cnt - deadFields(H, t, cnt)
  const mask = H.tabHmask[t]
  if (mask >= 0) {
    const U = H.vU, base = H.tabNode[t]
    for (let i = 0; i <= mask; i++) if (U[2 * (base + 3 * i) + W_VHI] !== TAG_NIL) live++
  }
  H.tabShape[t] = 0
  H.tabFields[t] = 0
  H.tabFcap[t] = 0
  tabResize(H, t, H.tabAsize[t], live + 1)
  const desc = H.shDesc[sh] + DESC_HDR
  for (let i = 0; i < cnt; i++) {
    if (H.vU[2 * (f + i) + 1] === TAG_NIL) continue
    const d = hashNewKey(H, t, TAG_STR, H.vU[2 * (desc + i)])
    const U = H.vU
    U[2 * d] = U[2 * (f + i)]
    U[2 * d + 1] = U[2 * (f + i) + 1]
  }
  arenaFree(H, f, fcap)
  H.tabNomm[t] = 0
}

// -- Lookups -----------------------------------------------------------------

/** Value slot of string key [s] in [t], or -1. */
export function tabGetStr(H: Heap, t: number, s: number): number {
  const sh = H.tabShape[t]
  if (sh !== 0) {
    const i = shapeFind(H, sh, s)
    return i < 0 ? -1 : H.tabFields[t] + i
  }
  return hashFind(H, t, TAG_STR, s)
}

/** Value slot of integer-valued number key [k] in [t], or -1. */
export function tabGetInt(H: Heap, t: number, k: number): number {
  if (k >= 1 && k <= H.tabAsize[t]) return H.tabArr[t] + k - 1
  if (H.tabHmask[t] < 0) return -1
  H.scratchF[0] = k === 0 ? 0 : k
  const lo = H.scratchU[0], hi = H.scratchU[1]
  return hashFind(H, t, hi, lo)
}

/** Value slot of number key [n] in [t], or -1 (NaN is never a key). */
export function tabGetNum(H: Heap, t: number, n: number): number {
  const i = n | 0
  if (i === n) {
    if (i >= 1 && i <= H.tabAsize[t]) return H.tabArr[t] + i - 1
    n = i // -0 -> +0
  } else if (n !== n) return -1
  if (H.tabHmask[t] < 0) return -1
  H.scratchF[0] = n
  const lo = H.scratchU[0], hi = H.scratchU[1]
  return hashFind(H, t, hi, lo)
}

/** Value slot of the key in arena slot [ks] in [t], or -1. */
export function tabGetKey(H: Heap, t: number, ks: number): number {
  const hi = H.vU[2 * ks + 1], lo = H.vU[2 * ks]
  if (hi < TAG_NUMX) return tabGetNum(H, t, H.vF[ks])
  if (hi === TAG_STR) return tabGetStr(H, t, lo)
  if (hi === TAG_NIL) return -1
  return hashFind(H, t, hi, lo)
}

// -- Stores ------------------------------------------------------------------

/** Slot to write for string key [s] in [t], creating it. May grow. */
export function tabSetStr(H: Heap, t: number, s: number): number {
  H.tabNomm[t] = 0
  const sh = H.tabShape[t]
  if (sh !== 0) {
    const i = shapeFind(H, sh, s)
    if (i >= 0) return H.tabFields[t] + i
    return tabAddField(H, t, s)
  }
  const n = hashFind(H, t, TAG_STR, s)
  return n >= 0 ? n : hashNewKey(H, t, TAG_STR, s)
}

/** Slot to write for integer-valued number key [k] in [t]. May grow. */
export function tabSetInt(H: Heap, t: number, k: number): number {
  if (k >= 1 && k <= H.tabAsize[t]) return H.tabArr[t] + k - 1
  return tabSetNum(H, t, k)
}

/** Slot to write for number key [n] in [t]; -2 for NaN. May grow. */
export function tabSetNum(H: Heap, t: number, n: number): number {
  const i = n | 0
  if (i === n) {
    if (i >= 1 && i <= H.tabAsize[t]) return H.tabArr[t] + i - 1
    n = i // -0 -> +0
  } else if (n !== n) return -2
  H.scratchF[0] = n
  const lo = H.scratchU[0], hi = H.scratchU[1]
  const s = hashFind(H, t, hi, lo)
  return s >= 0 ? s : hashNewKey(H, t, hi, lo)
}

/** Slot to write for the key in slot [ks]; -1 nil key, -2 NaN. May grow. */
export function tabSetKey(H: Heap, t: number, ks: number): number {
  const hi = H.vU[2 * ks + 1], lo = H.vU[2 * ks]
  if (hi < TAG_NUMX) return tabSetNum(H, t, H.vF[ks])
  if (hi === TAG_STR) return tabSetStr(H, t, lo)
  if (hi === TAG_NIL) return -1
  const s = hashFind(H, t, hi, lo)
  return s >= 0 ? s : hashNewKey(H, t, hi, lo)
}

/** Slot to write for a non-nil, non-NaN key given as words. May grow. */
function setWords(H: Heap, t: number, hi: number, lo: number): number {
  if (hi < TAG_NUMX) {
    H.scratchU[0] = lo
    H.scratchU[1] = hi
    return tabSetNum(H, t, H.scratchF[0])
  }
  if (hi === TAG_STR) return tabSetStr(H, t, lo)
  const s = hashFind(H, t, hi, lo)
  return s >= 0 ? s : hashNewKey(H, t, hi, lo)
}

// -- Length and traversal ----------------------------------------------------

/** Is the value at slot [s] (or an absent key, s < 0) nil? */
function nilAt(H: Heap, s: number): boolean {
  return s < 0 || H.vU[2 * s + 1] === TAG_NIL
}

/** Border of [t] as Lua 5.1's luaH_getn (binary and unbound search). */
export function tabLen(H: Heap, t: number): number {
  let j = H.tabAsize[t]
  const arr = H.tabArr[t], U = H.vU
  if (j > 0 && U[2 * (arr + j - 1) + 1] === TAG_NIL) {
    let i = 0
    while (j - i > 1) {
      const m = (i + j) >>> 1
      if (U[2 * (arr + m - 1) + 1] === TAG_NIL) j = m
      else i = m
    }
    return i
  }
  if (H.tabHmask[t] < 0) return j
  let i = j
  j++
  while (!nilAt(H, tabGetInt(H, t, j))) {
    i = j
    j *= 2
    if (j > 2147483647) {
      i = 1
      while (!nilAt(H, tabGetInt(H, t, i))) i++
      return i - 1
    }
  }
  while (j - i > 1) {
    const m = Math.floor((i + j) / 2)
    if (nilAt(H, tabGetInt(H, t, m))) j = m
    else i = m
  }
  return i
}

/** Traversal: key at slot [ks] (nil = start); writes the next key to [out]
 *  and its value to [out]+1. Returns 1, 0 at the end, -1 invalid key. */
export function tabNext(H: Heap, t: number, ks: number, out: number): number {
  const U = H.vU, F = H.vF
  const hi = U[2 * ks + 1], lo = U[2 * ks]
  const asize = H.tabAsize[t], arr = H.tabArr[t], sh = H.tabShape[t]
  const cnt = sh !== 0 ? H.shCount[sh] : 0
  let i = 0
  if (hi !== TAG_NIL) {
    i = -1
    if (hi < TAG_NUMX) {
      const k = F[ks]
      if (k >= 1 && k <= asize && (k | 0) === k) i = k
    } else if (hi === TAG_STR && sh !== 0) {
      const f = shapeFind(H, sh, lo)
      if (f >= 0) i = asize + f + 1
    }
    if (i < 0) {
      let klo = lo, khi = hi
      if (hi < TAG_NUMX && F[ks] === 0) { klo = 0; khi = 0 }
      const n = hashFind(H, t, khi, klo)
      if (n < 0) return -1
      i = asize + cnt + (n - H.tabNode[t]) / 3 + 1
    }
  }
  for (; i < asize; i++) {
    const s = arr + i
    if (U[2 * s + 1] === TAG_NIL) continue
    F[out] = i + 1
    U[2 * out + 2] = U[2 * s]
    U[2 * out + 3] = U[2 * s + 1]
    return 1
  }
  if (i < asize + cnt) {
    const fields = H.tabFields[t], desc = H.shDesc[sh] + DESC_HDR
    for (; i < asize + cnt; i++) {
      const s = fields + i - asize
      if (U[2 * s + 1] === TAG_NIL) continue
      const k = desc + i - asize
      U[2 * out] = U[2 * k]
      U[2 * out + 1] = U[2 * k + 1]
      U[2 * out + 2] = U[2 * s]
      U[2 * out + 3] = U[2 * s + 1]
      return 1
    }
  }
  const mask = H.tabHmask[t], base = H.tabNode[t]
  for (let j = i - asize - cnt; j <= mask; j++) {
    const n = base + 3 * j
    if (U[2 * n + W_VHI] === TAG_NIL) continue
    U[2 * out] = U[2 * n + W_KLO]
    U[2 * out + 1] = U[2 * n + W_KHI]
    U[2 * out + 2] = U[2 * n]
    U[2 * out + 3] = U[2 * n + 1]
    return 1
  }
  return 0
}

// -- Whole-table operations --------------------------------------------------

/** Copy of template table [src] (TDUP): same parts, same shape, no metatable. */
export function tabDup(H: Heap, src: number): number {
  const t = tabAllocId(H)
  const asize = H.tabAsize[src], sh = H.tabShape[src], mask = H.tabHmask[src]
  const cnt = sh !== 0 ? H.shCount[sh] : 0
  if (asize > 0) {
    const a = arenaAlloc(H, asize) // may grow H.vU: reload
    const s = H.tabArr[src]
    H.vU.copyWithin(2 * a, 2 * s, 2 * (s + asize))
    H.tabArr[t] = a
    H.tabAsize[t] = asize
  }
  H.tabShape[t] = sh
  if (cnt > 0) {
    const cap = arenaSize(cnt)
    const f = arenaAlloc(H, cap) // may grow H.vU: reload
    const s = H.tabFields[src]
    H.vU.copyWithin(2 * f, 2 * s, 2 * (s + cnt))
    H.tabFields[t] = f
    H.tabFcap[t] = cap
  }
  if (mask >= 0) {
    const n = 3 * (mask + 1)
    const b = arenaAlloc(H, n) // may grow H.vU: reload
    const s = H.tabNode[src]
    H.vU.copyWithin(2 * b, 2 * s, 2 * (s + n))
    H.tabNode[t] = b
    H.tabHmask[t] = mask
    H.tabLastFree[t] = H.tabLastFree[src]
  }
  return t
}

/** Remove every key of [t], keeping its allocated sizes (table.clear). */
export function tabClear(H: Heap, t: number): void {
  const U = H.vU
  const arr = H.tabArr[t], asize = H.tabAsize[t]
  if (asize > 0) U.fill(NIL, 2 * arr, 2 * (arr + asize))
  const mask = H.tabHmask[t]
  if (mask >= 0) {
    const base = H.tabNode[t]
    U.fill(NIL, 2 * base, 2 * (base + 3 * (mask + 1)))
    H.tabLastFree[t] = mask + 1
  }
  H.tabShape[t] = SHAPE_ROOT
  H.tabNomm[t] = 0
}

/** Make the array part of [t] hold at least [n] slots (table.new hint). */
export function tabResizeArray(H: Heap, t: number, n: number): void {
  if (n <= H.tabAsize[t]) return
  let live = 0
  const mask = H.tabHmask[t]
  if (mask >= 0) {
    const U = H.vU, base = H.tabNode[t]
    for (let i = 0; i <= mask; i++) if (U[2 * (base + 3 * i) + W_VHI] !== TAG_NIL) live++
  }
  tabResize(H, t, n, live)
}
