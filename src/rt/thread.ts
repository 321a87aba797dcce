// Threads: one coroutine each, its stack a block of the value arena.
//
// Columns: thStack (arena slot of stack[0]), thSize (slots), thTop (one past
// the last live slot; the collector marks [thStack, thTop) and clears
// [thTop, thStack + thSize) to nil), thBase, thPc, thStatus (owned by the
// interpreter), thOpenUv (head of the open-upvalue list, sorted by stack
// slot, highest first), thAux0/thAux1 (spare for the interpreter).
//
// Growing a stack allocates a new block, copies every slot, frees the old
// block and moves thTop, thBase and the open upvalues by the same delta;
// the interpreter rebases its own cached base/top by the returned delta.
import type { Heap } from './heap'
import { growI32, growU8 } from './grow'
import { arenaAllocNil, arenaFree } from './arena'
import { COST_TH, FL_LIVE } from '../../soa/heap'

/** Grow every thread column to at least [n] ids. */
function thStoreGrow(H: Heap, n: number): void {
  let cap = H.thCap * 2
  while (cap < n) cap *= 2
  H.thStack = growI32(H.thStack, cap)
  H.thSize = growI32(H.thSize, cap)
  H.thTop = growI32(H.thTop, cap)
  H.thBase = growI32(H.thBase, cap)
  H.thPc = growI32(H.thPc, cap)
  H.thStatus = growU8(H.thStatus, cap)
  H.thOpenUv = growI32(H.thOpenUv, cap)
  H.thAux0 = growI32(H.thAux0, cap)
  H.thAux1 = growI32(H.thAux1, cap)
  H.thFlag = growU8(H.thFlag, cap)
  H.thCap = cap
}

/** Create a thread with a nil-filled stack of [nslots] slots. May grow. */
export function thNew(H: Heap, nslots: number): number {
  let th = H.thFreeId
  if (th !== 0) H.thFreeId = H.thAux0[th]
  else {
    th = H.thTopId++
    if (th >= H.thCap) thStoreGrow(H, th + 1)
  }
  const n = nslots < 1 ? 1 : nslots
  const st = arenaAllocNil(H, n) // may grow H.vU: reload
  H.thStack[th] = st
  H.thSize[th] = n
  H.thTop[th] = st
  H.thBase[th] = st
  H.thPc[th] = 0
  H.thStatus[th] = 0
  H.thOpenUv[th] = 0
  H.thAux0[th] = 0
  H.thAux1[th] = 0
  H.thFlag[th] = FL_LIVE
  H.gcBytes += COST_TH
  return th
}

/** Reallocate [th]'s stack to hold at least [needSlots] slots in total;
 *  returns the move in slots (0 if no growth was needed). May grow. */
export function thGrow(H: Heap, th: number, needSlots: number): number {
  const size = H.thSize[th]
  if (needSlots <= size) return 0
  let n = size * 2
  if (n < needSlots) n = needSlots
  const st = arenaAllocNil(H, n) // may grow H.vU: reload
  const old = H.thStack[th]
  H.vU.copyWithin(2 * st, 2 * old, 2 * (old + size))
  arenaFree(H, old, size)
  const delta = st - old
  H.thStack[th] = st
  H.thSize[th] = n
  H.thTop[th] += delta
  H.thBase[th] += delta
  for (let uv = H.thOpenUv[th]; uv !== 0; uv = H.uvNext[uv]) H.uvSlot[uv] += delta
  return delta
}

/** Release thread [th]'s stack and id (collector only; upvalues closed). */
export function thFree(H: Heap, th: number): void {
  arenaFree(H, H.thStack[th], H.thSize[th])
  H.thFlag[th] = 0
  H.thStack[th] = 0
  H.thSize[th] = 0
  H.thAux0[th] = H.thFreeId
  H.thFreeId = th
  H.gcBytes -= COST_TH
}
