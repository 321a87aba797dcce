// Closures and upvalues.
//
// A Lua closure (fnProto = proto id, fnHost = -1) keeps the ids of its
// upvalues in H.fnUvIds, an Int32Array view of the value arena: fnUv is the
// index of the first id (2 * the arena slot of the block), fnNuv the count
// (the proto's nuv). A host closure (fnProto = 0, fnHost = index into
// H.hostFns) keeps upvalue VALUES in arena slots fnUpv .. fnUpv+nuv-1.
//
// An upvalue is one arena slot, uvOwn, allocated with it. uvSlot is the slot
// where the value lives: the stack slot while open, uvOwn once closed, so
// UGET/USET are a two-word copy through uvSlot[uv] either way, and "open"
// is uvSlot !== uvOwn. Open upvalues of a thread form a list (thOpenUv,
// uvNext) sorted by stack slot, highest first, as in Lua 5.1: uvFind walks
// it to share one upvalue per slot, uvClose pops every entry >= level.
import type { Heap } from './heap'
import type { HostFn } from '../vm/state'
import { growI32, growU8 } from './grow'
import { arenaAlloc, arenaAllocNil, arenaFree } from './arena'
import { COST_FN, COST_UV, FL_LIVE } from '../../soa/heap'

// -- Closures ----------------------------------------------------------------

/** Grow every closure column to at least [n] ids. */
function fnStoreGrow(H: Heap, n: number): void {
  let cap = H.fnCap * 2
  while (cap < n) cap *= 2
  H.fnProto = growI32(H.fnProto, cap)
  H.fnHost = growI32(H.fnHost, cap)
  H.fnEnv = growI32(H.fnEnv, cap)
  H.fnUv = growI32(H.fnUv, cap)
  H.fnUpv = growI32(H.fnUpv, cap)
  H.fnNuv = growU8(H.fnNuv, cap)
  H.fnFlag = growU8(H.fnFlag, cap)
  H.fnCap = cap
}

/** A fresh closure id (free ids link through fnEnv). */
function fnAllocId(H: Heap): number {
  let f = H.fnFreeId
  if (f !== 0) H.fnFreeId = H.fnEnv[f]
  else {
    f = H.fnTop++
    if (f >= H.fnCap) fnStoreGrow(H, f + 1)
  }
  H.fnFlag[f] = FL_LIVE
  H.gcBytes += COST_FN
  return f
}

/** New Lua closure of [proto] with environment table [env]; its upvalue
 *  ids are 0 until the caller fills H.fnUvIds. May grow. */
export function fnNewLua(H: Heap, proto: number, env: number): number {
  const f = fnAllocId(H)
  const nuv = H.ptNuv[proto]
  let uv = 0
  if (nuv > 0) {
    uv = 2 * arenaAlloc(H, (nuv + 1) >> 1) // may grow H.fnUvIds: reload
    H.fnUvIds.fill(0, uv, uv + nuv)
  }
  H.fnProto[f] = proto
  H.fnHost[f] = -1
  H.fnEnv[f] = env
  H.fnUv[f] = uv
  H.fnUpv[f] = 0
  H.fnNuv[f] = nuv
  return f
}

/** New host closure of H.hostFns[[hostIdx]] with [nupvals] nil upvalue
 *  values (max 255) and environment [env]. May grow. */
export function fnNewHost(H: Heap, hostIdx: number, nupvals: number, env: number): number {
  const f = fnAllocId(H)
  H.fnProto[f] = 0
  H.fnHost[f] = hostIdx
  H.fnEnv[f] = env
  H.fnUv[f] = 0
  H.fnUpv[f] = arenaAllocNil(H, nupvals) // may grow H.vU: reload
  H.fnNuv[f] = nupvals
  return f
}

/** Register host function [fn] under [name]; returns its index. */
export function hostFnRegister(H: Heap, fn: HostFn, name: string): number {
  H.hostFns.push(fn)
  H.hostNames.push(name)
  return H.hostFns.length - 1
}

/** Release closure [f] (collector only). */
export function fnFree(H: Heap, f: number): void {
  const nuv = H.fnNuv[f]
  if (H.fnProto[f] !== 0) { if (nuv > 0) arenaFree(H, H.fnUv[f] >> 1, (nuv + 1) >> 1) }
  else arenaFree(H, H.fnUpv[f], nuv)
  H.fnFlag[f] = 0
  H.fnEnv[f] = H.fnFreeId
  H.fnFreeId = f
  H.gcBytes -= COST_FN
}

// -- Upvalues ----------------------------------------------------------------

/** Grow every upvalue column to at least [n] ids. */
function uvStoreGrow(H: Heap, n: number): void {
  let cap = H.uvCap * 2
  while (cap < n) cap *= 2
  H.uvSlot = growI32(H.uvSlot, cap)
  H.uvOwn = growI32(H.uvOwn, cap)
  H.uvNext = growI32(H.uvNext, cap)
  H.uvFlag = growU8(H.uvFlag, cap)
  H.uvCap = cap
}

/** New upvalue whose value lives at [slot] (own slot nil). May grow. */
export function uvNew(H: Heap, slot: number): number {
  let uv = H.uvFreeId
  if (uv !== 0) H.uvFreeId = H.uvNext[uv]
  else {
    uv = H.uvTop++
    if (uv >= H.uvCap) uvStoreGrow(H, uv + 1)
  }
  const own = arenaAllocNil(H, 1) // may grow H.vU: reload
  H.uvOwn[uv] = own
  H.uvSlot[uv] = slot === 0 ? own : slot
  H.uvNext[uv] = 0
  H.uvFlag[uv] = FL_LIVE
  H.gcBytes += COST_UV
  return uv
}

/** Is upvalue [uv] open (pointing into a stack)? */
export function uvIsOpen(H: Heap, uv: number): boolean {
  return H.uvSlot[uv] !== H.uvOwn[uv]
}

/** The open upvalue of thread [th] for [stackSlot], created if absent. */
export function uvFind(H: Heap, th: number, stackSlot: number): number {
  let prev = 0
  let uv = H.thOpenUv[th]
  while (uv !== 0 && H.uvSlot[uv] >= stackSlot) {
    if (H.uvSlot[uv] === stackSlot) return uv
    prev = uv
    uv = H.uvNext[uv]
  }
  const nu = uvNew(H, stackSlot)
  H.uvNext[nu] = uv
  if (prev === 0) H.thOpenUv[th] = nu
  else H.uvNext[prev] = nu
  return nu
}

/** Close every open upvalue of [th] at a stack slot >= [level]. */
export function uvClose(H: Heap, th: number, level: number): void {
  const U = H.vU
  let uv = H.thOpenUv[th]
  while (uv !== 0 && H.uvSlot[uv] >= level) {
    const s = H.uvSlot[uv], own = H.uvOwn[uv]
    U[2 * own] = U[2 * s]
    U[2 * own + 1] = U[2 * s + 1]
    H.uvSlot[uv] = own
    const nx = H.uvNext[uv]
    H.uvNext[uv] = 0
    uv = nx
  }
  H.thOpenUv[th] = uv
}

/** Release upvalue [uv] (collector only; already unlinked). */
export function uvFree(H: Heap, uv: number): void {
  arenaFree(H, H.uvOwn[uv], 1)
  H.uvFlag[uv] = 0
  H.uvNext[uv] = H.uvFreeId
  H.uvFreeId = uv
  H.gcBytes -= COST_UV
}
