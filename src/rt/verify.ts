// Heap verifier (debug and specs only): recomputes H.gcBytes from the stores
// and checks that no two arena blocks overlap, live or free.
//
// Every block a live object owns is claimed in a bitmap of arena slots (and
// of bytecode words); a slot claimed twice is an error, as is a free-list
// block that overlaps a claimed one. The byte count is rebuilt with the same
// rules the allocators use (class sizes, fixed costs from soa/heap.ts) and
// must equal H.gcBytes exactly. Cost: O(arena + ids); never call it in a
// hot path.
import type { Heap } from './heap'
import {
  arenaClass, arenaClassSize, ARENA_NCLASS, FL_LIVE, COST_STR, COST_TAB, COST_SHAPE, COST_FN,
  COST_UV, COST_TH, COST_PT, COST_UD, COST_BC_WORD,
} from '../../soa/heap'
import { DESC_HDR } from '../../soa/tab'

/** Claim the block of [n] units at [off] in [used]; returns its bytes. */
function claim(
  used: Uint8Array, off: number, n: number, unit: number, errs: string[], what: string,
): number {
  if (n <= 0 || off === 0) return 0
  const size = arenaClassSize(arenaClass(n))
  for (let i = off; i < off + size; i++) {
    if (used[i] !== 0) { errs.push(`${what}: unit ${i} claimed twice`); return unit * size }
    used[i] = 1
  }
  return unit * size
}

/** Check [H]; returns a list of problems (empty when consistent). */
export function heapVerify(H: Heap): string[] {
  const errs: string[] = []
  const used = new Uint8Array(H.vTop + 1)
  const bcUsed = new Uint8Array(H.bcTop + 1)
  let bytes = 0
  bytes += claim(used, H.tmpSlot, 1, 8, errs, 'tmpSlot')
  // strings: fixed cost + header + bytes
  for (let s = 1; s < H.strTop; s++) {
    if ((H.strFlag[s] & FL_LIVE) !== 0) bytes += COST_STR + 8 + H.strLen[s]
  }
  for (let t = 1; t < H.tabTop; t++) {
    if ((H.tabFlag[t] & FL_LIVE) === 0) continue
    bytes += COST_TAB
    bytes += claim(used, H.tabArr[t], H.tabAsize[t], 8, errs, `tab ${t} array`)
    bytes += claim(used, H.tabFields[t], H.tabFcap[t], 8, errs, `tab ${t} fields`)
    const nn = 3 * (H.tabHmask[t] + 1)
    if (nn > 0) bytes += claim(used, H.tabNode[t], nn, 8, errs, `tab ${t} nodes`)
    const sh = H.tabShape[t]
    if (sh !== 0 && (H.shFlag[sh] & FL_LIVE) === 0) errs.push(`tab ${t}: dead shape ${sh}`)
    if (sh !== 0 && H.shCount[sh] > H.tabFcap[t]) errs.push(`tab ${t}: fields overflow`)
  }
  const descSeen = new Set<number>()
  for (let sh = 1; sh < H.shTop; sh++) {
    if ((H.shFlag[sh] & FL_LIVE) === 0) continue
    bytes += COST_SHAPE
    const d = H.shDesc[sh]
    if (d === 0 || descSeen.has(d)) continue
    descSeen.add(d)
    bytes += claim(used, d, H.vU[2 * d + 2], 8, errs, `shape desc ${d}`)
    if (H.vU[2 * d] < H.shCount[sh]) errs.push(`shape ${sh}: desc shorter than count`)
  }
  for (let f = 1; f < H.fnTop; f++) {
    if ((H.fnFlag[f] & FL_LIVE) === 0) continue
    bytes += COST_FN
    const nuv = H.fnNuv[f]
    if (H.fnProto[f] !== 0) {
      if (nuv > 0) bytes += claim(used, H.fnUv[f] >> 1, (nuv + 1) >> 1, 8, errs, `fn ${f} uv ids`)
    }
    else bytes += claim(used, H.fnUpv[f], nuv, 8, errs, `fn ${f} upvalues`)
  }
  for (let u = 1; u < H.uvTop; u++) {
    if ((H.uvFlag[u] & FL_LIVE) === 0) continue
    bytes += COST_UV + claim(used, H.uvOwn[u], 1, 8, errs, `uv ${u}`)
  }
  for (let th = 1; th < H.thTopId; th++) {
    if ((H.thFlag[th] & FL_LIVE) === 0) continue
    bytes += COST_TH + claim(used, H.thStack[th], H.thSize[th], 8, errs, `thread ${th} stack`)
    for (let uv = H.thOpenUv[th]; uv !== 0; uv = H.uvNext[uv]) {
      if ((H.uvFlag[uv] & FL_LIVE) === 0) errs.push(`thread ${th}: dead open upvalue ${uv}`)
    }
  }
  for (let p = 1; p < H.ptTop; p++) {
    if ((H.ptFlag[p] & FL_LIVE) === 0) continue
    bytes += COST_PT
    bytes += claim(used, H.ptKnum[p], H.ptNkn[p] + H.ptNkgc[p], 8, errs, `proto ${p} constants`)
    bytes += claim(bcUsed, H.ptBc[p], H.ptBlock[p], COST_BC_WORD, errs, `proto ${p} bytecode`)
  }
  for (let u = 1; u < H.udTop; u++) if ((H.udFlag[u] & FL_LIVE) !== 0) bytes += COST_UD
  // free lists must not overlap live blocks (or each other)
  for (let c = 0; c < ARENA_NCLASS; c++) {
    const size = arenaClassSize(c)
    for (let b = H.vFree[c]; b !== 0; b = H.vU[2 * b]) claim(used, b, size, 8, errs, `free ${b}`)
    for (let b = H.bcFree[c]; b !== 0; b = H.bc[b]) claim(bcUsed, b, size, 4, errs, `free bc ${b}`)
  }
  if (bytes !== H.gcBytes) errs.push(`gcBytes ${H.gcBytes} but recomputed ${bytes}`)
  if (DESC_HDR !== 2) errs.push('descriptor header changed: update heapVerify')
  return errs
}
