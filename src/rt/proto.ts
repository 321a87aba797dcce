// Prototype loading: moves a parsed ProtoOut into the heap.
//
// Per proto, one block of the bytecode arena holds the instructions and
// then the upvalue descriptors, two u16 per word:
//
//   ptBc[p]                               ptUvDesc[p] = 2*(ptBc + sizebc)
//   v                                     v  (index into the u16 view uvDesc)
//   +------+------+-- ... --+------------+------------+--
//   | FUNC | ins1 |         | ins sizebc-1| uvd0 | uvd1 | ...
//   +------+------+-- ... --+------------+------------+--
//
// H.bcLine and H.bcProto are parallel to H.bc (line and owning proto of
// each instruction). Constants go to one block of the value arena:
//
//   ptKnum[p]                 ptKgc[p] = ptKnum[p] + nkn
//   v                         v
//   | knum[0] .. knum[nkn-1]  | kgc[0] .. kgc[nkgc-1] |
//
// kgc slots are NaN-boxed values: TAG_STR + string id, TAG_PROTO + child
// proto id, TAG_TAB + template table id (TDUP copies it). Children load
// first, recursively. Nothing here collects: the caller must make the
// proto reachable (fnNewLua, or a pin) before its next gcCheck.
import type { Heap, ProtoDebug } from './heap'
import { growI32, growU8 } from './grow'
import { arenaAlloc, arenaFree, arenaGrow, bcAlloc, bcFree, bcGrow } from './arena'
import { strIntern } from './str'
import { tabNew, tabSetInt, tabSetNum, tabSetStr, tabSetKey } from './tab'
import type { ProtoOut, KgcOut, KConst } from '../../soa/proto'
import { COST_PT, FL_LIVE, arenaClass, arenaClassSize } from '../../soa/heap'
import {
  TAG_STR, TAG_PROTO, TAG_TAB, TAG_TRUE, TAG_FALSE, PAYLOAD_NONE, slotSetNumCanon,
} from '../../soa/value'

/** Debug record of id 0 and of freed protos. */
export const PROTO_DEBUG_NONE: ProtoDebug = {
  chunkname: '?', varinfo: { names: [], pcs: new Int32Array(0) }, uvnames: [],
}

/** Grow every proto column to at least [n] ids. */
function ptStoreGrow(H: Heap, n: number): void {
  let cap = H.ptCap * 2
  while (cap < n) cap *= 2
  H.ptBc = growI32(H.ptBc, cap)
  H.ptSizeBc = growI32(H.ptSizeBc, cap)
  H.ptBlock = growI32(H.ptBlock, cap)
  H.ptNumParams = growU8(H.ptNumParams, cap)
  H.ptFrameSize = growU8(H.ptFrameSize, cap)
  H.ptFlags = growU8(H.ptFlags, cap)
  H.ptNuv = growU8(H.ptNuv, cap)
  H.ptUvDesc = growI32(H.ptUvDesc, cap)
  H.ptKnum = growI32(H.ptKnum, cap)
  H.ptKgc = growI32(H.ptKgc, cap)
  H.ptNkn = growI32(H.ptNkn, cap)
  H.ptNkgc = growI32(H.ptNkgc, cap)
  H.ptFirstLine = growI32(H.ptFirstLine, cap)
  H.ptNumLine = growI32(H.ptNumLine, cap)
  H.ptFlag = growU8(H.ptFlag, cap)
  for (let i = H.ptDebug.length; i < cap; i++) H.ptDebug.push(PROTO_DEBUG_NONE)
  H.ptCap = cap
}

/** Write template constant [v] into slot [d]. May grow (strings). */
function kconstWrite(H: Heap, d: number, v: KConst): void {
  if (typeof v === 'number') slotSetNumCanon(H.vF, H.vU, d, v)
  else if (typeof v === 'boolean') {
    H.vU[2 * d] = PAYLOAD_NONE
    H.vU[2 * d + 1] = v ? TAG_TRUE : TAG_FALSE
  } else {
    const s = strIntern(H, v, 0, v.length)
    H.vU[2 * d] = s
    H.vU[2 * d + 1] = TAG_STR
  }
}

/** Build the template table of a 'tab' constant (arr[i] is key i, hash
 *  is flat: key, value, key, value, ...). */
function templateLoad(H: Heap, arr: readonly (KConst | null)[], hash: readonly KConst[]): number {
  const t = tabNew(H, arr.length > 1 ? arr.length - 1 : 0, hash.length >> 1)
  for (let i = 0; i < arr.length; i++) {
    const v = arr[i]
    if (v === null) continue
    const d = tabSetInt(H, t, i) // may grow H.vU: reload
    kconstWrite(H, d, v)
  }
  for (let i = 0; i < hash.length; i += 2) {
    const k = hash[i]
    let d: number
    if (typeof k === 'number') d = tabSetNum(H, t, k)
    else if (typeof k === 'boolean') {
      H.vU[2 * H.tmpSlot] = PAYLOAD_NONE
      H.vU[2 * H.tmpSlot + 1] = k ? TAG_TRUE : TAG_FALSE
      d = tabSetKey(H, t, H.tmpSlot)
    } else d = tabSetStr(H, t, strIntern(H, k, 0, k.length))
    if (d < 0) continue // NaN key cannot come from the parser
    kconstWrite(H, d, hash[i + 1])
  }
  return t
}

// -- Loading a tree ------------------------------------------------------------
//
// A 5 MB source makes ~10k protos; growing the stores by doubling while they
// load copied ~90 MB of columns. loadReserve walks the tree first and grows
// the proto store, the bytecode arena and the value arena once each.
// Constant words of a proto are staged on a scratch stack (children load
// while their parent's kgc is being built) instead of a fresh array each.

/** Totals of a proto tree, filled by reserveWalk. */
const RES = { npt: 0, nbc: 0, nv: 0 }

/** Add [p]'s tree to RES (size-class rounded, as the arenas allocate). */
function reserveWalk(p: ProtoOut): void {
  const kgc = p.kgc
  const nkgc = kgc.length
  RES.npt++
  RES.nbc += arenaClassSize(arenaClass(p.bc.length + ((p.uvdesc.length + 1) >> 1)))
  RES.nv += arenaClassSize(arenaClass(p.knum.length + nkgc))
  for (let i = 0; i < nkgc; i++) {
    const kg = kgc[i]
    if (kg.k === 'proto') reserveWalk(kg.p)
    else if (kg.k === 'tab') RES.nv += kg.arr.length + kg.hash.length
  }
}

/** Grow the proto store and both arenas once for [p]'s whole tree. */
function loadReserve(H: Heap, p: ProtoOut): void {
  RES.npt = 0; RES.nbc = 0; RES.nv = 0
  reserveWalk(p)
  if (H.ptTop + RES.npt > H.ptCap) ptStoreGrow(H, H.ptTop + RES.npt)
  if (H.bcTop + RES.nbc > H.bcCap) bcGrow(H, RES.nbc)
  if (H.vTop + RES.nv > H.vCap) arenaGrow(H, RES.nv)
}

/** Scratch stack of constant words (2 per kgc entry) while loading. */
let kwStack = new Uint32Array(1024)
let kwTop = 0

/** Load [p] and its children into the heap; returns the proto id. */
export function protoLoad(H: Heap, p: ProtoOut): number {
  loadReserve(H, p)
  kwTop = 0
  return protoLoad1(H, p)
}

/** Load one proto (children first, recursively); returns its id. */
function protoLoad1(H: Heap, p: ProtoOut): number {
  const kgc = p.kgc
  const nkgc = kgc.length, nkn = p.knum.length
  const kb = kwTop
  if (kb + 2 * nkgc > kwStack.length) {
    let n = kwStack.length * 2
    while (n < kb + 2 * nkgc) n *= 2
    const nw = new Uint32Array(n)
    nw.set(kwStack)
    kwStack = nw
  }
  kwTop = kb + 2 * nkgc
  for (let i = 0; i < nkgc; i++) {
    const kg = kgc[i]
    let w: number, tag: number
    if (kg.k === 'str') { w = strIntern(H, kg.s, 0, kg.s.length); tag = TAG_STR }
    else if (kg.k === 'proto') { w = protoLoad1(H, kg.p); tag = TAG_PROTO }
    else { w = templateLoad(H, kg.arr, kg.hash); tag = TAG_TAB }
    const ks = kwStack // reload: a child may have grown it
    ks[kb + 2 * i] = w
    ks[kb + 2 * i + 1] = tag
  }
  let id = H.ptFreeId
  if (id !== 0) H.ptFreeId = H.ptKnum[id]
  else {
    id = H.ptTop++
    if (id >= H.ptCap) ptStoreGrow(H, id + 1)
  }
  const bc = p.bc
  const sizebc = bc.length, nuv = p.uvdesc.length
  const block = sizebc + ((nuv + 1) >> 1)
  const off = bcAlloc(H, block) // may grow H.bc: reload
  H.bc.set(bc, off)
  const li = p.lineinfo
  if (li.length === sizebc) H.bcLine.set(li, off)
  else {
    const nl = li.length < sizebc ? li.length : sizebc
    const L = H.bcLine
    for (let i = 0; i < nl; i++) L[off + i] = li[i]
  }
  H.bcProto.fill(id, off, off + sizebc)
  if (nuv > 0) H.uvDesc.set(p.uvdesc, 2 * (off + sizebc))
  // No PIC clearing: bcAlloc's words above bcTop were never used (zero
  // since the arena grew) and bcFree clears the PIC entries it frees. Not
  // touching 4 ways x block of fresh memory saves ~16 MB of page faults
  // on a 5 MB source.
  const k = arenaAlloc(H, nkn + nkgc) // may grow H.vU: reload
  const F = H.vF, U = H.vU
  const knum = p.knum
  for (let i = 0; i < nkn; i++) slotSetNumCanon(F, U, k + i, knum[i])
  const ks = kwStack
  const u0 = 2 * (k + nkn)
  for (let i = 0; i < 2 * nkgc; i++) U[u0 + i] = ks[kb + i]
  kwTop = kb
  H.ptBc[id] = off
  H.ptSizeBc[id] = sizebc
  H.ptBlock[id] = block
  H.ptNumParams[id] = p.numparams
  H.ptFrameSize[id] = p.framesize
  H.ptFlags[id] = p.flags
  H.ptNuv[id] = nuv
  H.ptUvDesc[id] = 2 * (off + sizebc)
  H.ptKnum[id] = k
  H.ptKgc[id] = k + nkn
  H.ptNkn[id] = nkn
  H.ptNkgc[id] = nkgc
  H.ptFirstLine[id] = p.firstline
  H.ptNumLine[id] = p.numline
  H.ptFlag[id] = FL_LIVE
  H.ptDebug[id] = { chunkname: p.chunkname, varinfo: p.varinfo, uvnames: p.uvnames }
  H.gcBytes += COST_PT
  return id
}

/** Release proto [pt]: bytecode, constants, id (collector only). */
export function ptFree(H: Heap, pt: number): void {
  bcFree(H, H.ptBc[pt], H.ptBlock[pt])
  arenaFree(H, H.ptKnum[pt], H.ptNkn[pt] + H.ptNkgc[pt])
  H.ptDebug[pt] = PROTO_DEBUG_NONE
  H.ptFlag[pt] = 0
  H.ptKnum[pt] = H.ptFreeId
  H.ptFreeId = pt
  H.gcBytes -= COST_PT
}
