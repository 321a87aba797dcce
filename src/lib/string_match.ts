// string.find / match / gmatch / gsub: the Lua side of the pattern matcher.
//
// The matcher (src/lib/pattern.ts) runs over byte arrays with absolute
// indices; here the subject and pattern are ranges of H.strData. Two facts
// about the heap shape the code:
//
// 1. Interning a new string (a capture) may replace H.strData by a bigger
//    copy. The old buffer keeps its bytes, so a matcher bound to it stays
//    valid: find/match/gmatch need no care.
// 2. Running Lua code (gsub with a function, or a table whose __index is a
//    function) reaches GC safe points, and the collector compacts
//    H.strData in place, moving the subject and pattern. After every such
//    call gsub rebinds its matcher (gsubRebind) and shifts its positions.
//
// Matcher states and gsub's output buffers are reused, never allocated per
// call. find/match/gmatch never run Lua between binding and pushing their
// results, so they share one state (msShared). gsub can be re-entered from
// its callback, so it takes a state and a buffer per nesting depth.
//
// Errors: PatternError from the matcher becomes luaL_error(msg) (position
// of the calling Lua function, as 5.1's luaL_error does).
//
// Limits: every matcher state's onBudget charges the steps it used to the
// VM's instruction budget (L.budget) and runs L.onBudget when that is
// exhausted, so instruction/time limits also stop runaway patterns. The
// matcher calls it once per PAT_BUDGET steps (budgets carry over between
// calls, so short matches are charged too, in arrears).
import { TAG_STR, TAG_NUMX, TAG_NIL, TAG_TAB, TAG_FUNC, TAG_FALSE, tagTypeName } from '../../soa/value'
import { MM } from '../../soa/bc'
import { strIntern } from '../rt/str'
import { numToStrBits } from '../rt/numfmt'
import { tabGetKey } from '../rt/tab'
import { fnNewHost, hostFnRegister } from '../rt/func'
import type { Heap } from '../rt/heap'
import {
  argTag, argError, checkNum, checkStr, pushNil, pushNum, pushObj, pushRoom,
} from '../vm/aux'
import { luaError, rtError } from '../vm/debug'
import { vmCall } from '../vm/call'
import { metaOf, metaSlot } from '../vm/meta'
import type { LuaState } from '../vm/state'
import {
  msNew, PAT_BUDGET, patInit, patScan, patMatch, patNumCaptures, patGetCapture, patAddRepl, patNoSpecials,
  lmemfind, bufNew, bufPut, bufPutRange, bufPutAscii, PatternError,
  type MatchState, type ByteBuf,
} from './pattern'
import { posrelat, optInteger, luaInteger } from './string'

/** The state whose steps the matchers charge (set on entry to each function). */
let budgetL: LuaState | null = null

/** Matcher budget hook: charge PAT_BUDGET steps to L.budget, run its limit check. */
function patBudget(ms: MatchState): void {
  ms.budget = PAT_BUDGET
  const L = budgetL
  if (L !== null) {
    L.budget -= PAT_BUDGET
    if (L.budget < 0) L.onBudget(L)
  }
}

/** A matcher state wired to the VM budget. */
function msNewVM(): MatchState {
  const ms = msNew()
  ms.onBudget = patBudget
  return ms
}

/** The state find/match/gmatch share (they never call Lua mid-match). */
const msShared = msNewVM()

/** gsub's states and buffers, one per nesting depth. */
const msPool: MatchState[] = []
const bufPool: ByteBuf[] = []
let gsubDepth = 0

/** gsub buffers above this capacity are dropped after use. */
const BUF_KEEP = 1 << 22

/** Raise a PatternError as a Lua error; rethrow anything else. */
function patError(L: LuaState, e: unknown): never {
  if (e instanceof PatternError) luaError(L, e.message)
  throw e
}

/** Push captures 0..n-1 of the match [s, e) of [ms] (5.1 push_captures). */
function pushCaptures(L: LuaState, ms: MatchState, s: number, e: number, whole: boolean): number {
  const n = patNumCaptures(ms, whole)
  pushRoom(L, n)
  for (let i = 0; i < n; i++) pushCapture(L, ms, i, s, e)
  return n
}

/** Push capture [i] of the match [s, e) (5.1 push_onecapture). */
function pushCapture(L: LuaState, ms: MatchState, i: number, s: number, e: number): void {
  const pos = patGetCapture(ms, i, s, e)
  if (pos >= 0) { pushNum(L, pos); return }
  // ms.src may be an older H.strData: its bytes are still valid.
  const id = strIntern(L.H, ms.src, ms.capOff, ms.capOutLen)
  pushObj(L, TAG_STR, id)
}

// -- find / match ---------------------------------------------------------------

/** 5.1 str_find_aux: find ([find] true) or match. */
function findAux(L: LuaState, find: boolean): number {
  const H = L.H
  const s = checkStr(L, 0)
  const p = checkStr(L, 1)
  const l1 = H.strLen[s], l2 = H.strLen[p]
  let init = posrelat(optInteger(L, 2, 1), l1) - 1
  if (init < 0) init = 0
  else if (init > l1) init = l1
  const data = H.strData
  const so = H.strOff[s], po = H.strOff[p]
  if (find && (argTag(L, 3) < TAG_FALSE || patNoSpecials(data, po, l2))) {
    const i = lmemfind(data, so + init, l1 - init, data, po, l2)
    if (i < 0) { pushNil(L); return 1 }
    pushNum(L, i - so + 1)
    pushNum(L, i - so + l2)
    return 2
  }
  const ms = msShared
  budgetL = L
  try {
    patInit(ms, data, so, l1, data, po, l2)
    const st = patScan(ms, so + init)
    if (st < 0) { pushNil(L); return 1 }
    if (find) {
      pushNum(L, st - so + 1)
      pushNum(L, ms.matchEnd - so)
      return pushCaptures(L, ms, 0, 0, false) + 2
    }
    return pushCaptures(L, ms, st, ms.matchEnd, true)
  } catch (e) {
    patError(L, e)
  }
}

/** string.find(s, pattern [, init [, plain]]) */
export function strFind(L: LuaState): number {
  return findAux(L, true)
}

/** string.match(s, pattern [, init]) */
export function strMatch(L: LuaState): number {
  return findAux(L, false)
}

// -- gmatch ---------------------------------------------------------------------

// The iterator's host function index in the heap it was last looked up in.
let gmHeap: Heap | null = null
let gmIdx = -1

/** The gmatch iterator: upvalues (subject, pattern, next start offset). */
function gmatchAux(L: LuaState): number {
  const H = L.H
  const self = H.vU[2 * (L.base - 2)]
  const u = H.fnUpv[self]
  const s = H.vU[2 * u], p = H.vU[2 * (u + 1)]
  const ls = H.strLen[s]
  const data = H.strData
  const so = H.strOff[s]
  const ms = msShared
  budgetL = L
  try {
    patInit(ms, data, so, ls, data, H.strOff[p], H.strLen[p])
    const end = so + ls
    const start = so + H.vF[u + 2]
    if (start > end) return 0
    let src = -1, e = -1
    if (ms.patInit < ms.patEnd && ms.pat[ms.patInit] === 94) {
      // gmatch does not anchor: '^' is an ordinary byte here.
      for (let i = start; i <= end; i++) {
        ms.level = 0
        e = patMatch(ms, i, ms.patInit)
        if (e >= 0) { src = i; break }
      }
    } else {
      src = patScan(ms, start)
      e = ms.matchEnd
    }
    if (src >= 0) {
      let next = e - so
      if (e === src) next++ // empty match: advance at least one position
      H.vF[u + 2] = next
      return pushCaptures(L, ms, src, e, true)
    }
  } catch (e) {
    patError(L, e)
  }
  return 0
}

/** Index of the gmatch iterator in H.hostFns, registering it once per heap. */
export function gmatchRegister(H: Heap): number {
  const i = H.hostFns.indexOf(gmatchAux)
  if (i >= 0) return i
  return hostFnRegister(H, gmatchAux, 'gmatch_aux')
}

/** string.gmatch(s, pattern): an iterator closure over both strings. */
export function strGmatch(L: LuaState): number {
  const H = L.H
  const s = checkStr(L, 0)
  const p = checkStr(L, 1)
  if (gmHeap !== H) { gmHeap = H; gmIdx = gmatchRegister(H) }
  const f = fnNewHost(H, gmIdx, 3, H.globals) // may grow the arena
  const u = H.fnUpv[f]
  const U = H.vU
  U[2 * u] = s; U[2 * u + 1] = TAG_STR
  U[2 * (u + 1)] = p; U[2 * (u + 1) + 1] = TAG_STR
  H.vF[u + 2] = 0
  pushObj(L, TAG_FUNC, f)
  return 1
}

// -- gsub -----------------------------------------------------------------------

/** Rebind [ms] to the current H.strData after Lua code ran (the collector
 *  may have moved subject [s] and pattern [p]); returns the subject offset. */
function gsubRebind(H: Heap, ms: MatchState, s: number, p: number, so: number): number {
  const nso = H.strOff[s]
  if (ms.src === H.strData && nso === so && ms.patInit === H.strOff[p]) return so
  patInit(ms, H.strData, nso, H.strLen[s], H.strData, H.strOff[p], H.strLen[p])
  return nso
}

/**
 * Host-side lua_gettable for gsub's table replacement: raw lookup in the
 * table argument (#3), then the __index chain (functions are called). The
 * key is at L.base + [kRel], the result goes to L.base + [dRel] (relative:
 * the stack may move while Lua runs).
 */
function hostGetTable(L: LuaState, kRel: number, dRel: number): void {
  const H = L.H
  let oHi = TAG_TAB, oLo = H.vU[2 * (L.base + 2)]
  for (let loop = 0; loop < 100; loop++) {
    let U = H.vU
    let mt: number
    if (oHi === TAG_TAB) {
      const sl = tabGetKey(H, oLo, L.base + kRel)
      if (sl >= 0 && U[2 * sl + 1] !== TAG_NIL) {
        const d = L.base + dRel
        U[2 * d] = U[2 * sl]; U[2 * d + 1] = U[2 * sl + 1]
        return
      }
      mt = H.tabMeta[oLo]
    } else mt = metaOf(L, oHi, oLo)
    const mm = mt !== 0 ? metaSlot(L, mt, MM.index) : -1
    if (mm < 0) {
      if (oHi !== TAG_TAB) rtError(L, 'attempt to index a ' + tagTypeName(oHi) + ' value')
      const d = L.base + dRel
      U[2 * d] = 0xffffffff; U[2 * d + 1] = TAG_NIL
      return
    }
    if (U[2 * mm + 1] === TAG_FUNC) {
      pushRoom(L, 5)
      const f = L.top
      U = H.vU
      const k = L.base + kRel
      U[2 * f] = U[2 * mm]; U[2 * f + 1] = TAG_FUNC
      U[2 * (f + 2)] = oLo; U[2 * (f + 2) + 1] = oHi
      U[2 * (f + 3)] = U[2 * k]; U[2 * (f + 3) + 1] = U[2 * k + 1]
      const n = vmCall(L, f, 2)
      U = H.vU
      const r = L.top - n, d = L.base + dRel
      if (n > 0) { U[2 * d] = U[2 * r]; U[2 * d + 1] = U[2 * r + 1] }
      else { U[2 * d] = 0xffffffff; U[2 * d + 1] = TAG_NIL }
      L.top = r
      return
    }
    oHi = U[2 * mm + 1]; oLo = U[2 * mm]
  }
  rtError(L, 'loop in gettable')
}

/** string.gsub(s, pattern, repl [, n]) */
export function strGsub(L: LuaState): number {
  const H = L.H
  const s = checkStr(L, 0)
  const p = checkStr(L, 1)
  const tr = argTag(L, 2)
  const srcl = H.strLen[s]
  const maxS = argTag(L, 3) === TAG_NIL ? srcl + 1 : luaInteger(checkNum(L, 3)) | 0
  if (!(tr < TAG_NUMX || tr === TAG_STR || tr === TAG_FUNC || tr === TAG_TAB)) {
    argError(L, 2, 'string/function/table expected')
  }
  const d = gsubDepth
  if (d === msPool.length) { msPool.push(msNewVM()); bufPool.push(bufNew(256)) }
  const ms = msPool[d], B = bufPool[d]
  gsubDepth = d + 1
  budgetL = L
  try {
    return gsubRun(L, ms, B, s, p, tr, maxS)
  } catch (e) {
    return patError(L, e)
  } finally {
    gsubDepth = d
    if (B.b.length > BUF_KEEP) bufPool[d] = bufNew(256)
  }
}

/** The gsub loop (5.1 str_gsub + add_value), output into [B]. */
function gsubRun(L: LuaState, ms: MatchState, B: ByteBuf, s: number, p: number, tr: number,
  maxS: number): number {
  const H = L.H
  let so = H.strOff[s]
  const srcl = H.strLen[s]
  patInit(ms, H.strData, so, srcl, H.strData, H.strOff[p], H.strLen[p])
  const anchor = ms.patInit < ms.patEnd && ms.pat[ms.patInit] === 94
  B.n = 0
  // A number replacement is converted in place (lua_tolstring).
  let rs = -1
  if (tr === TAG_STR || tr < TAG_NUMX) rs = checkStr(L, 2)
  // patScan finds the next match (trying only [src] when anchored); the
  // bytes it skipped are copied at once, as 5.1's one-by-one loop would.
  let src = so
  let n = 0
  while (n < maxS) {
    let m = patScan(ms, src)
    if (m < 0) break
    let e = ms.matchEnd
    bufPutRange(B, ms.src, src, m - src)
    n++
    if (rs >= 0) patAddRepl(ms, B, H.strData, H.strOff[rs], H.strLen[rs], m, e)
    else {
      // Function or table: run Lua, then rebind (the subject may move).
      const rel = m - so, relE = e - so
      const vs = gsubValue(L, ms, m, e, tr)
      so = gsubRebind(H, ms, s, p, so)
      m = so + rel
      e = so + relE
      gsubAddValue(L, ms, B, vs, m, e)
    }
    if (e > m) src = e
    else if (m < so + srcl) { bufPut(B, ms.src[m]); src = m + 1 }
    else { src = m; break }
    if (anchor) break
  }
  bufPutRange(B, ms.src, src, so + srcl - src)
  const id = strIntern(H, B.b, 0, B.n)
  pushObj(L, TAG_STR, id)
  pushNum(L, n)
  return 2
}

/**
 * Run the function/table replacement for the match [s, e). The value is
 * left in the slot at L.top (above the live stack); returns that slot.
 */
function gsubValue(L: LuaState, ms: MatchState, s: number, e: number, tr: number): number {
  const H = L.H
  const fRel = L.top - L.base
  if (tr === TAG_FUNC) {
    pushRoom(L, 2)
    const f = L.top
    const U = H.vU, r = L.base + 2
    U[2 * f] = U[2 * r]; U[2 * f + 1] = TAG_FUNC
    L.top = f + 2
    const nc = pushCaptures(L, ms, s, e, true)
    const nr = vmCall(L, L.base + fRel, nc)
    const U2 = H.vU
    const d = L.base + fRel
    if (nr === 0) { U2[2 * d] = 0xffffffff; U2[2 * d + 1] = TAG_NIL }
    else { const q = L.top - nr; U2[2 * d] = U2[2 * q]; U2[2 * d + 1] = U2[2 * q + 1] }
    L.top = d
    return d
  }
  // Table: key = first capture (or the whole match), then lua_gettable.
  pushRoom(L, 3)
  L.top++
  pushCapture(L, ms, 0, s, e)
  hostGetTable(L, fRel + 1, fRel)
  L.top = L.base + fRel
  return L.top
}

/** 5.1 add_value's tail: append the value in slot [vs] or keep the match. */
function gsubAddValue(L: LuaState, ms: MatchState, B: ByteBuf, vs: number, s: number, e: number): void {
  const H = L.H
  const U = H.vU
  const hi = U[2 * vs + 1]
  if (hi >= TAG_FALSE) { bufPutRange(B, ms.src, s, e - s); return }
  if (hi === TAG_STR) {
    const id = U[2 * vs]
    bufPutRange(B, H.strData, H.strOff[id], H.strLen[id])
    return
  }
  if (hi < TAG_NUMX) { bufPutAscii(B, numToStrBits(hi, U[2 * vs])); return }
  luaError(L, 'invalid replacement value (a ' + tagTypeName(hi) + ')')
}
