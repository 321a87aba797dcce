// Userdata: metatable, environment and an optional host object.
//
// A host object (any JS value) sits in H.hostObjs at an index from 1;
// udHost = 0 means none (newproxy-style userdata). Freeing the userdata
// releases its host slot for reuse.
import type { Heap } from './heap'
import { growI32, growU8 } from './grow'
import { COST_UD, FL_LIVE } from '../../soa/heap'

/** Grow every userdata column to at least [n] ids. */
function udStoreGrow(H: Heap, n: number): void {
  let cap = H.udCap * 2
  while (cap < n) cap *= 2
  H.udMeta = growI32(H.udMeta, cap)
  H.udEnv = growI32(H.udEnv, cap)
  H.udHost = growI32(H.udHost, cap)
  H.udFlag = growU8(H.udFlag, cap)
  H.udCap = cap
}

/** Store host object [obj]; returns its index (>= 1) for udNew. */
export function hostObjAdd(H: Heap, obj: unknown): number {
  const free = H.hostObjFree
  if (free.length > 0) {
    const i = free.pop() as number
    H.hostObjs[i] = obj
    return i
  }
  H.hostObjs.push(obj)
  return H.hostObjs.length - 1
}

/** New userdata with host object index [hostObjIdx] (0 = none) and
 *  metatable [meta] (0 = none); environment = H.globals. */
export function udNew(H: Heap, hostObjIdx: number, meta: number): number {
  let u = H.udFreeId
  if (u !== 0) H.udFreeId = H.udEnv[u]
  else {
    u = H.udTop++
    if (u >= H.udCap) udStoreGrow(H, u + 1)
  }
  H.udMeta[u] = meta
  H.udEnv[u] = H.globals
  H.udHost[u] = hostObjIdx
  H.udFlag[u] = FL_LIVE
  H.gcBytes += COST_UD
  return u
}

/** Release userdata [u] and its host slot (collector only). */
export function udFree(H: Heap, u: number): void {
  const h = H.udHost[u]
  if (h !== 0) {
    H.hostObjs[h] = null
    H.hostObjFree.push(h)
  }
  H.udHost[u] = 0
  H.udMeta[u] = 0
  H.udFlag[u] = 0
  H.udEnv[u] = H.udFreeId
  H.udFreeId = u
  H.gcBytes -= COST_UD
}
