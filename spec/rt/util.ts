// Helpers for the heap specs: write and read boxed values by slot.
import type { Heap } from '../../src/rt/heap'
import type { ProtoOut } from '../../soa/proto'
import { strFromJS, strToJS } from '../../src/rt/heap'
import { TAG_NIL, TAG_STR, TAG_NUMX, TAG_TRUE, TAG_FALSE, PAYLOAD_NONE } from '../../soa/value'

/** Write number [n] at [slot]. */
export function putNum(H: Heap, slot: number, n: number): void { H.vF[slot] = n }

/** Write object [id] with [tag] at [slot]. */
export function putObj(H: Heap, slot: number, tag: number, id: number): void {
  H.vU[2 * slot] = id
  H.vU[2 * slot + 1] = tag
}

/** Write nil at [slot]. */
export function putNil(H: Heap, slot: number): void {
  H.vU[2 * slot] = PAYLOAD_NONE
  H.vU[2 * slot + 1] = TAG_NIL
}

/** Write boolean [b] at [slot]. */
export function putBool(H: Heap, slot: number, b: boolean): void {
  H.vU[2 * slot] = PAYLOAD_NONE
  H.vU[2 * slot + 1] = b ? TAG_TRUE : TAG_FALSE
}

/** Write the interned string [s] at [slot]. */
export function putStr(H: Heap, slot: number, s: string): void {
  const id = strFromJS(H, s)
  H.vU[2 * slot] = id
  H.vU[2 * slot + 1] = TAG_STR
}

/** Read [slot] as a JS value: number, string, boolean, null (nil), or
 *  'tag:id' for other objects. A negative slot reads as nil. */
export function get(H: Heap, slot: number): unknown {
  if (slot < 0) return null
  const hi = H.vU[2 * slot + 1], lo = H.vU[2 * slot]
  if (hi < TAG_NUMX) return H.vF[slot]
  if (hi === TAG_NIL) return null
  if (hi === TAG_TRUE) return true
  if (hi === TAG_FALSE) return false
  if (hi === TAG_STR) return strToJS(H, lo)
  return (~hi & 15) + ':' + lo
}

/** A small ProtoOut with [kgc] and [uvdesc]. */
export function mkProto(kgc: ProtoOut['kgc'], uvdesc: number[] = [], nbc = 4): ProtoOut {
  const bc = new Uint32Array(nbc)
  const lines = new Int32Array(nbc)
  for (let i = 0; i < nbc; i++) { bc[i] = 0x1000 + i; lines[i] = 10 + i }
  return {
    bc, lineinfo: lines, knum: new Float64Array([1.5, -0, NaN]), kgc,
    uvdesc: new Uint16Array(uvdesc), numparams: 2, framesize: 5, flags: 0,
    chunkname: '@test.lua', firstline: 3, numline: 4,
    varinfo: { names: ['a'], pcs: new Int32Array([0, 3]) }, uvnames: uvdesc.map((_, i) => 'u' + i),
  }
}


/** Heaps created by the running test (checked by heapVerify at its end). */
export const heaps: Heap[] = []

/** Register [H] for the end-of-test heapVerify; returns it. */
export function track(H: Heap): Heap {
  heaps.push(H)
  return H
}
