// Arenas: size-class allocation of value slots (H.vF/H.vU) and bytecode
// words (H.bc and its parallel columns).
//
// Both arenas are fixed-size ArrayBuffers grown by doubling (resizable
// buffers measured 2x slower in V8). A block of n units is taken from the
// free list of its size class (soa/heap.ts arenaClass), else bumped from the
// top. A freed block is pushed on its class's free list, the link in its
// first word (vU lo word / bc word); 0 ends a list, which is why slot 0 and
// word 0 are reserved. Nothing coalesces: a program that frees many blocks
// of one class and then allocates another class grows the arena instead.
// That is the price of O(1) alloc/free with no headers; gcBytes still counts
// only blocks in use, so memory limits see the live size.
//
// Invariants:
//   1. A block's class is recomputed from its size at free time, so callers
//      pass the same n to arenaFree as to arenaAlloc (or any n of the same
//      class; arenaClassSize gives the usable size).
//   2. Growth replaces H.vBuf and every view (vF, vU, fnUvIds): reload.
//   3. Allocation never collects; it only raises H.gcBytes (the debt).
import type { Heap } from './heap'
import { growI32 } from './grow'
import { arenaClass, arenaClassSize, COST_BC_WORD } from '../../soa/heap'
import { PIC_WAYS } from '../../soa/tab'

// -- Value arena -------------------------------------------------------------

/** Replace the value arena with one of at least [need] more free slots. */
export function arenaGrow(H: Heap, need: number): void {
  let cap = H.vCap * 2
  while (cap < H.vTop + need) cap *= 2
  const buf = new ArrayBuffer(8 * cap)
  const U = new Uint32Array(buf)
  U.set(H.vU.subarray(0, 2 * H.vTop))
  H.vBuf = buf
  H.vU = U
  H.vF = new Float64Array(buf)
  H.fnUvIds = new Int32Array(buf)
  H.vCap = cap
}

/** Allocate [n] slots (contents undefined); 0 when n is 0. May grow. */
export function arenaAlloc(H: Heap, n: number): number {
  if (n <= 0) return 0
  const c = arenaClass(n)
  const size = arenaClassSize(c)
  H.gcBytes += 8 * size
  const head = H.vFree[c]
  if (head !== 0) {
    H.vFree[c] = H.vU[2 * head]
    return head
  }
  if (H.vTop + size > H.vCap) arenaGrow(H, size) // may grow H.vU: reload
  const off = H.vTop
  H.vTop = off + size
  return off
}

/** Allocate [n] slots set to nil. May grow. */
export function arenaAllocNil(H: Heap, n: number): number {
  const off = arenaAlloc(H, n)
  if (n > 0) H.vU.fill(0xffffffff, 2 * off, 2 * (off + n))
  return off
}

/** Free the block of [n] slots at [off] (no-op for n = 0). */
export function arenaFree(H: Heap, off: number, n: number): void {
  if (n <= 0 || off === 0) return
  const c = arenaClass(n)
  H.gcBytes -= 8 * arenaClassSize(c)
  H.vU[2 * off] = H.vFree[c]
  H.vFree[c] = off
}

/** Usable slots of a block requested with [n] slots. */
export function arenaSize(n: number): number {
  return n <= 0 ? 0 : arenaClassSize(arenaClass(n))
}

// -- Bytecode arena ----------------------------------------------------------

/** Replace H.bc and its parallel columns with room for [need] more words. */
export function bcGrow(H: Heap, need: number): void {
  let cap = H.bcCap * 2
  while (cap < H.bcTop + need) cap *= 2
  const buf = new ArrayBuffer(4 * cap)
  const bc = new Uint32Array(buf)
  bc.set(H.bc.subarray(0, H.bcTop))
  H.bcBuf = buf
  H.bc = bc
  H.uvDesc = new Uint16Array(buf)
  H.bcLine = growI32(H.bcLine, cap)
  H.bcProto = growI32(H.bcProto, cap)
  H.picShape = growI32(H.picShape, PIC_WAYS * cap)
  H.picSlot = growI32(H.picSlot, PIC_WAYS * cap)
  H.bcCap = cap
}

/** Allocate [n] bytecode words; returns the index of the first. May grow. */
export function bcAlloc(H: Heap, n: number): number {
  if (n <= 0) return 0
  const c = arenaClass(n)
  const size = arenaClassSize(c)
  H.gcBytes += COST_BC_WORD * size
  const head = H.bcFree[c]
  if (head !== 0) {
    H.bcFree[c] = H.bc[head]
    return head
  }
  if (H.bcTop + size > H.bcCap) bcGrow(H, size) // may grow H.bc: reload
  const off = H.bcTop
  H.bcTop = off + size
  return off
}

/** Free [n] bytecode words at [off]; clears their PIC entries. */
export function bcFree(H: Heap, off: number, n: number): void {
  if (n <= 0 || off === 0) return
  const c = arenaClass(n)
  const size = arenaClassSize(c)
  H.gcBytes -= COST_BC_WORD * size
  H.picShape.fill(0, PIC_WAYS * off, PIC_WAYS * (off + size))
  H.bcProto.fill(0, off, off + size)
  H.bc[off] = H.bcFree[c]
  H.bcFree[c] = off
}
