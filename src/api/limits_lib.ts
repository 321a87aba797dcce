// Limit guards for library functions that run long or allocate much
// without returning to the interpreter's budget hook.
//
// STOPGAP. The string library has no per-engine budget hook yet (its
// matcher states are module-level, with pattern.ts's default refill), and
// strSizeCheck only knows STR_MAX_LEN. Until the library forwards those
// hooks to the engine (see the report of issue #8), an engine with limits
// replaces a few functions of its own `string` and `table` tables by
// guards that check first and then run the original function unchanged:
//
//   find, match, gmatch, gsub  (instruction, time or abort limits)
//       a dry run of the same match loop (patScan / patMatch over the same
//       bytes, the same anchoring and advancing rules as string_match.ts)
//       with a private MatchState whose onBudget charges the engine budget
//       (limitCharge). A runaway pattern is stopped inside the dry run;
//       a pattern that finishes costs twice. gmatch wraps the iterator the
//       original returns: its upvalues are (subject, pattern, next offset),
//       and the original iterator is then run in the guard's own frame.
//   rep, concat                (memory or string size limits)
//       the result size is computed first; limitAlloc fires before any
//       byte is built (string.rep("x", 2^30) stops at once).
//
// Anything unusual about the arguments (wrong types, numbers as strings)
// skips the guard: the original then raises the usual error or does cheap
// work.
import {
  TAG_NIL, TAG_STR, TAG_TAB, TAG_FUNC, TAG_FALSE, TAG_NUMX,
} from '../../soa/value'
import { strFromJS } from '../rt/str'
import { tabGetStr, tabGetInt } from '../rt/tab'
import { hostFnRegister, fnNewHost } from '../rt/func'
import { numToStrBits } from '../rt/numfmt'
import type { Heap } from '../rt/heap'
import type { HostFn, LuaState } from '../vm/state'
import {
  msNew, patInit, patScan, patMatch, patNoSpecials, PatternError, type MatchState,
} from '../lib/pattern'
import { posrelat, luaInteger } from '../lib/string'
import type { EngineCore } from './core'
import { limitCharge, limitAlloc } from './limits'

/** Matcher steps charged to the engine budget at a time. */
const PAT_CHUNK = 4096

/** The dry-run matcher and the engine it charges (one run at a time: the
 *  dry run never calls Lua). */
const guardMs: MatchState = msNew()
let guardE: EngineCore | null = null

guardMs.onBudget = (ms: MatchState): void => {
  ms.budget = PAT_CHUNK
  if (guardE !== null) limitCharge(guardE, PAT_CHUNK)
}

/** Bind the dry-run matcher to subject [s] and pattern [p] (string ids). */
function dryInit(E: EngineCore, s: number, p: number): void {
  const H = E.H
  guardE = E
  guardMs.budget = PAT_CHUNK
  patInit(guardMs, H.strData, H.strOff[s], H.strLen[s], H.strData, H.strOff[p], H.strLen[p])
}

/** Run [fn] (a dry run), ignoring pattern errors (the original raises
 *  them with the right message). */
function dryRun(fn: () => void): void {
  try {
    fn()
  } catch (e) {
    if (!(e instanceof PatternError)) throw e
  } finally {
    guardE = null
  }
}

/** Tag of argument [i] (nil if absent). */
function argTagOf(L: LuaState, i: number): number {
  return i < L.top - L.base ? L.H.vU[2 * (L.base + i) + 1] : TAG_NIL
}

/** Integer value of optional number argument [i]: [def] if nil, NaN if
 *  it is not a number (skip the guard). */
function argIntOr(L: LuaState, i: number, def: number): number {
  const t = argTagOf(L, i)
  if (t === TAG_NIL) return def
  if (t < TAG_NUMX) return luaInteger(L.H.vF[L.base + i])
  return NaN
}

// -- Pattern guards ------------------------------------------------------------

/** Guard of string.find ([find]) or string.match over [orig]. */
function guardFindMatch(E: EngineCore, orig: HostFn, find: boolean): HostFn {
  return (L: LuaState): number => {
    const H = L.H, U = H.vU, b = L.base
    if (E.cur !== null && argTagOf(L, 0) === TAG_STR && argTagOf(L, 1) === TAG_STR) {
      const s = U[2 * b], p = U[2 * (b + 1)]
      const init0 = argIntOr(L, 2, 1)
      const plain = find && (argTagOf(L, 3) < TAG_FALSE || patNoSpecials(H.strData, H.strOff[p], H.strLen[p]))
      if (init0 === init0 && !plain) {
        const l1 = H.strLen[s]
        let init = posrelat(init0, l1) - 1
        if (init < 0) init = 0
        else if (init > l1) init = l1
        dryInit(E, s, p)
        dryRun(() => { patScan(guardMs, H.strOff[s] + init) })
      }
    }
    return orig(L)
  }
}

/** Guard of string.gsub over [orig]. */
function guardGsub(E: EngineCore, orig: HostFn): HostFn {
  return (L: LuaState): number => {
    const H = L.H, U = H.vU, b = L.base
    const tr = argTagOf(L, 2)
    const okRepl = tr < TAG_NUMX || tr === TAG_STR || tr === TAG_FUNC || tr === TAG_TAB
    if (E.cur !== null && okRepl && argTagOf(L, 0) === TAG_STR && argTagOf(L, 1) === TAG_STR) {
      const s = U[2 * b], p = U[2 * (b + 1)]
      const srcl = H.strLen[s]
      const maxS = argIntOr(L, 3, srcl + 1)
      if (maxS === maxS) {
        dryInit(E, s, p)
        dryRun(() => { dryGsub(H, s, maxS | 0) })
      }
    }
    return orig(L)
  }
}

/** gsub's match loop without replacements (5.1 str_gsub's advancing). */
function dryGsub(H: Heap, s: number, maxS: number): void {
  const ms = guardMs
  const so = H.strOff[s], srcl = H.strLen[s]
  let pp = ms.patInit
  const anchor = pp < ms.patEnd && ms.pat[pp] === 94
  if (anchor) pp++
  let src = so
  let n = 0
  while (n < maxS) {
    ms.level = 0
    const e = patMatch(ms, src, pp)
    if (e >= 0) n++
    if (e > src) src = e
    else if (src < so + srcl) src++
    else break
    if (anchor) break
  }
}

/** Guard of string.gmatch over [orig]: wraps the returned iterator. */
function guardGmatch(E: EngineCore, orig: HostFn, iterIdx: number): HostFn {
  return (L: LuaState): number => {
    const n = orig(L)
    if (n !== 1) return n
    const H = L.H
    const r = L.top - 1
    if (H.vU[2 * r + 1] !== TAG_FUNC) return n
    const inner = H.vU[2 * r]
    const f = fnNewHost(H, iterIdx, 1, H.globals)
    const u = H.fnUpv[f]
    H.vU[2 * u] = inner; H.vU[2 * u + 1] = TAG_FUNC
    H.vU[2 * r] = f
    void E
    return 1
  }
}

/** The guarded gmatch iterator: dry run from the inner iterator's
 *  position, then the inner iterator in this frame. */
function gmatchIterHost(E: EngineCore, L: LuaState): number {
  const H = L.H
  const fslot = L.base - 2
  const self = H.vU[2 * fslot]
  const inner = H.vU[2 * H.fnUpv[self]]
  const u = H.fnUpv[inner]
  if (E.cur !== null && H.fnNuv[inner] === 3 && H.vU[2 * u + 1] === TAG_STR && H.vU[2 * (u + 1) + 1] === TAG_STR) {
    const s = H.vU[2 * u], p = H.vU[2 * (u + 1)]
    const pos = H.vF[u + 2]
    dryInit(E, s, p)
    dryRun(() => {
      const ms = guardMs
      const so = H.strOff[s], end = so + H.strLen[s]
      for (let src = so + pos; src <= end; src++) {
        ms.level = 0
        if (patMatch(ms, src, ms.patInit) >= 0) break
      }
    })
  }
  // Run the inner iterator as if it had been called: it reads its
  // upvalues through the function slot of the running frame.
  H.vU[2 * fslot] = inner
  try {
    return H.hostFns[H.fnHost[inner]](L)
  } finally {
    H.vU[2 * fslot] = self
  }
}

// -- Size guards -----------------------------------------------------------------

/** Guard of string.rep over [orig]. */
function guardRep(E: EngineCore, orig: HostFn): HostFn {
  return (L: LuaState): number => {
    const H = L.H
    if (E.cur !== null && argTagOf(L, 0) === TAG_STR) {
      const n = argIntOr(L, 1, NaN)
      const l = H.strLen[H.vU[2 * L.base]]
      if (n === n && n > 1 && l > 0) limitAlloc(E, l * n)
    }
    return orig(L)
  }
}

/** Length of the value in slot [s] as table.concat copies it, or -1. */
function concatLen(H: Heap, s: number): number {
  const hi = H.vU[2 * s + 1]
  if (hi === TAG_STR) return H.strLen[H.vU[2 * s]]
  if (hi < TAG_NUMX) return numToStrBits(hi, H.vU[2 * s]).length
  return -1
}

/** Guard of table.concat over [orig]. */
function guardConcat(E: EngineCore, orig: HostFn): HostFn {
  return (L: LuaState): number => {
    const H = L.H
    if (E.cur !== null && argTagOf(L, 0) === TAG_TAB) {
      const t = H.vU[2 * L.base]
      const st = argTagOf(L, 1)
      const sepLen = st === TAG_NIL ? 0 : st === TAG_STR ? H.strLen[H.vU[2 * (L.base + 1)]] : -1
      const i0 = argIntOr(L, 2, 1)
      let last = argIntOr(L, 3, NaN)
      if (last !== last && argTagOf(L, 3) === TAG_NIL) last = tabLenRaw(H, t)
      if (sepLen >= 0 && i0 === i0 && last === last) {
        let total = 0
        for (let i = i0; i <= last; i++) {
          const s = tabGetInt(H, t, i)
          const n = s >= 0 ? concatLen(H, s) : -1
          if (n < 0) { total = -1; break } // the original raises
          total += n + (i < last ? sepLen : 0)
          if (total > E.lim.stringBytes || total > E.lim.memoryBytes) break
        }
        if (total > 0) limitAlloc(E, total)
      }
    }
    return orig(L)
  }
}

/** Raw #t (table.concat's default end). */
function tabLenRaw(H: Heap, t: number): number {
  let n = 0
  while (n < 0x7fffffff) {
    const s = tabGetInt(H, t, n + 1)
    if (s < 0 || H.vU[2 * s + 1] === TAG_NIL) return n
    n++
  }
  return n
}

// -- Installation ------------------------------------------------------------------

/** Host function behind field [name] of table [t], or null. */
function hostAt(H: Heap, t: number, name: string): HostFn | null {
  const s = tabGetStr(H, t, strFromJS(H, name))
  if (s < 0 || H.vU[2 * s + 1] !== TAG_FUNC) return null
  const f = H.vU[2 * s]
  if (H.fnProto[f] !== 0) return null
  return H.hostFns[H.fnHost[f]]
}

/** Replace host function [name] of table [t] by [wrap] of it. */
function wrapField(H: Heap, t: number, name: string, wrap: (orig: HostFn) => HostFn): void {
  const orig = hostAt(H, t, name)
  if (orig === null) return
  const s = tabGetStr(H, t, strFromJS(H, name))
  const f = fnNewHost(H, hostFnRegister(H, wrap(orig), name), 0, H.globals)
  H.vU[2 * s] = f; H.vU[2 * s + 1] = TAG_FUNC
}

/** Table in global [name], or 0. */
function globalTab(H: Heap, name: string): number {
  const s = tabGetStr(H, H.globals, strFromJS(H, name))
  return s >= 0 && H.vU[2 * s + 1] === TAG_TAB ? H.vU[2 * s] : 0
}

/** Engines whose pattern / size guards are installed. */
const patGuarded = new WeakSet<EngineCore>()
const sizeGuarded = new WeakSet<EngineCore>()

/** Install the guards the configured limits need (once per engine). */
export function limitsLibInstall(E: EngineCore): void {
  const H = E.H, lim = E.lim
  const str = globalTab(H, 'string')
  if (str !== 0 && (lim.instructions !== Infinity || lim.timeMs !== Infinity) && !patGuarded.has(E)) {
    patGuarded.add(E)
    wrapField(H, str, 'find', (o) => guardFindMatch(E, o, true))
    wrapField(H, str, 'match', (o) => guardFindMatch(E, o, false))
    wrapField(H, str, 'gsub', (o) => guardGsub(E, o))
    const iterIdx = hostFnRegister(H, (L: LuaState) => gmatchIterHost(E, L), 'gmatch_aux')
    wrapField(H, str, 'gmatch', (o) => guardGmatch(E, o, iterIdx))
    const s = tabGetStr(H, str, strFromJS(H, 'gmatch'))
    const g = tabGetStr(H, str, strFromJS(H, 'gfind'))
    if (s >= 0 && g >= 0) { H.vU[2 * g] = H.vU[2 * s]; H.vU[2 * g + 1] = H.vU[2 * s + 1] }
  }
  if ((lim.memoryBytes !== Infinity || lim.stringBytes !== Infinity) && !sizeGuarded.has(E)) {
    sizeGuarded.add(E)
    if (str !== 0) wrapField(H, str, 'rep', (o) => guardRep(E, o))
    const tab = globalTab(H, 'table')
    if (tab !== 0) wrapField(H, tab, 'concat', (o) => guardConcat(E, o))
  }
}
