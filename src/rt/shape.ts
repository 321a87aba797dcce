// Shapes: the transition tree that gives tables built the same way one
// shared layout of string-keyed field slots (soa/tab.ts has the diagrams).
//
// A shape is (parent, key, count, desc). shapeChild(P, k) finds or creates
// the transition through a chained hash of (parent, key) -> child, so the
// tree is built once per distinct key order. Field lookup scans the
// descriptor block (count <= SHAPE_MAX_FIELDS keys) from the newest key
// down; the PICs (src/rt/pic.ts) make the common case O(1).
//
// Descriptor sharing: a chain of shapes built key by key uses one block.
// The child appends in place when the parent's count equals the block's used
// length (no sibling took the next position) and the block has room;
// otherwise it copies the parent's keys into a new block of doubled size.
// Each block is refcounted by the shapes using it and freed at zero.
//
// Collection: a shape lives while a live table uses it or a live shape
// descends from it (gcMarkShape marks the ancestors, so a child's
// transition entry never names a freed parent id). shapeSweep unlinks and
// frees the rest; pic.ts then drops PIC entries naming freed shapes.
import type { Heap } from './heap'
import { growI32, growU8 } from './grow'
import { arenaAlloc, arenaFree, arenaSize } from './arena'
import { COST_SHAPE, FL_LIVE, FL_MARK, FL_FIXED } from '../../soa/heap'
import { SHAPE_ROOT, DESC_HDR } from '../../soa/tab'
import { TAG_STR } from '../../soa/value'

/** Grow every shape column to at least [n] ids. */
function shStoreGrow(H: Heap, n: number): void {
  let cap = H.shCap * 2
  while (cap < n) cap *= 2
  H.shParent = growI32(H.shParent, cap)
  H.shKey = growI32(H.shKey, cap)
  H.shCount = growI32(H.shCount, cap)
  H.shDesc = growI32(H.shDesc, cap)
  H.shNext = growI32(H.shNext, cap)
  H.shFlag = growU8(H.shFlag, cap)
  H.shCap = cap
}

/** Transition bucket of ([parent], [key]). */
function transHash(parent: number, key: number): number {
  const h = Math.imul(parent, 0x9e3779b1) ^ Math.imul(key, 0x85ebca6b)
  return (h ^ (h >>> 15)) >>> 0
}

/** Double the transition table. */
function transResize(H: Heap): void {
  const old = H.shTrans
  const size = old.length * 2, mask = size - 1
  const tab = new Int32Array(size)
  for (let b = 0; b < old.length; b++) {
    let c = old[b]
    while (c !== 0) {
      const nx = H.shNext[c]
      const h = transHash(H.shParent[c], H.shKey[c]) & mask
      H.shNext[c] = tab[h]
      tab[h] = c
      c = nx
    }
  }
  H.shTrans = tab
  H.shTransMask = mask
}

/** Create the root shape (id SHAPE_ROOT, no keys). Called by heapNew. */
export function shapeInit(H: Heap): void {
  const id = H.shTop++
  H.shParent[id] = 0
  H.shKey[id] = 0
  H.shCount[id] = 0
  H.shDesc[id] = 0
  H.shFlag[id] = FL_LIVE | FL_FIXED
  H.gcBytes += COST_SHAPE
  if (id !== SHAPE_ROOT) throw new Error('root shape must be the first shape')
}

/** Field index of string [s] in shape [sh], or -1. */
export function shapeFind(H: Heap, sh: number, s: number): number {
  const n = H.shCount[sh]
  if (n === 0) return -1
  const U = H.vU
  const k = 2 * (H.shDesc[sh] + DESC_HDR)
  for (let i = n - 1; i >= 0; i--) if (U[k + 2 * i] === s) return i
  return -1
}

/** String id of field [i] of shape [sh]. */
export function shapeKeyAt(H: Heap, sh: number, i: number): number {
  return H.vU[2 * (H.shDesc[sh] + DESC_HDR + i)]
}

/** The shape reached from [parent] by adding string [s]. May grow. */
export function shapeChild(H: Heap, parent: number, s: number): number {
  const h = transHash(parent, s)
  for (let c = H.shTrans[h & H.shTransMask]; c !== 0; c = H.shNext[c]) {
    if (H.shParent[c] === parent && H.shKey[c] === s) return c
  }
  let id = H.shFreeId
  if (id !== 0) H.shFreeId = H.shNext[id]
  else {
    id = H.shTop++
    if (id >= H.shCap) shStoreGrow(H, id + 1)
  }
  const cnt = H.shCount[parent]
  let d = H.shDesc[parent]
  let U = H.vU
  if (d !== 0 && U[2 * d] === cnt && DESC_HDR + cnt + 1 <= U[2 * d + 2]) {
    U[2 * d] = cnt + 1
    U[2 * d + 1]++
  } else {
    const n = arenaSize(DESC_HDR + 2 * (cnt + 1))
    const nd = arenaAlloc(H, n) // may grow H.vU: reload
    U = H.vU
    for (let i = 0; i < cnt; i++) {
      U[2 * (nd + DESC_HDR + i)] = U[2 * (d + DESC_HDR + i)]
      U[2 * (nd + DESC_HDR + i) + 1] = TAG_STR
    }
    U[2 * nd] = cnt + 1
    U[2 * nd + 1] = 1
    U[2 * nd + 2] = n
    U[2 * nd + 3] = 0
    d = nd
  }
  U[2 * (d + DESC_HDR + cnt)] = s
  U[2 * (d + DESC_HDR + cnt) + 1] = TAG_STR
  H.shParent[id] = parent
  H.shKey[id] = s
  H.shCount[id] = cnt + 1
  H.shDesc[id] = d
  H.shFlag[id] = FL_LIVE
  const b = h & H.shTransMask
  H.shNext[id] = H.shTrans[b]
  H.shTrans[b] = id
  H.gcBytes += COST_SHAPE
  if (++H.shTransN > 2 * H.shTrans.length) transResize(H)
  return id
}

/** Mark shape [sh] and its ancestors, and their key strings. */
export function gcMarkShape(H: Heap, sh: number): void {
  while (sh !== 0 && (H.shFlag[sh] & FL_MARK) === 0) {
    H.shFlag[sh] |= FL_MARK
    const k = H.shKey[sh]
    if (k !== 0) H.strFlag[k] |= FL_MARK
    sh = H.shParent[sh]
  }
}

/** Free unmarked shapes, unlink their transitions, clear marks. */
export function shapeSweep(H: Heap): void {
  const flag = H.shFlag
  for (let id = 1; id < H.shTop; id++) {
    const f = flag[id]
    if ((f & FL_LIVE) === 0) continue
    if ((f & (FL_MARK | FL_FIXED)) !== 0) { flag[id] = f & ~FL_MARK; continue }
    const b = transHash(H.shParent[id], H.shKey[id]) & H.shTransMask
    let c = H.shTrans[b], prev = 0
    while (c !== id) { prev = c; c = H.shNext[c] }
    if (prev === 0) H.shTrans[b] = H.shNext[id]
    else H.shNext[prev] = H.shNext[id]
    H.shTransN--
    const d = H.shDesc[id]
    const U = H.vU
    if (--U[2 * d + 1] === 0) arenaFree(H, d, U[2 * d + 2])
    flag[id] = 0
    H.shNext[id] = H.shFreeId
    H.shFreeId = id
    H.gcBytes -= COST_SHAPE
  }
}
