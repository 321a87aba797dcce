// The table library (ltablib): concat, insert, remove, maxn, getn, setn,
// foreach, foreachi, sort; LuaJIT's table.new / table.clear as host
// functions for require "table.new" / "table.clear".
//
// Every access is raw (lua_rawgeti / lua_rawseti) and `#` is the store's
// border (tabLen = luaH_getn), as in lua5.1. insert and remove move whole
// runs inside the array part with one copyWithin when the run lies in it.
//
// sort is 5.1's quicksort (Sedgewick, via auxsort), re-derived step by step
// so that the sequence of comparisons and raw stores is the same as PUC's:
//
//   1. order a[l], a[u]; stop if two elements;
//   2. i = (l+u)/2: order a[i] against a[l], else against a[u]; stop if 3;
//   3. pivot P = a[i]; swap a[i] <-> a[u-1] (a[u-1] is the sentinel);
//   4. scan i up while a[i] < P (error "invalid order function" once
//      i > u), scan j down while P < a[j] (error once j < l); swap or stop;
//   5. put P in place (swap a[u-1] <-> a[i]), recurse on the smaller half,
//      loop on the larger one.
//
// Because the comparisons are the same, a non-strict or inconsistent
// comparator reads and writes the same (possibly out-of-range) elements
// and fails in the same cases as lua5.1. The generic path keeps the pivot
// and the two elements being compared in stack slots above the arguments
// (rooted for the collector, survive stack moves) and calls the comparator
// or the __lt metamethod with vmCall. When there is no comparator and
// a[1..n] lie in the array part and are all numbers or all strings, an
// in-place path runs the same algorithm on the arena slots; with `<` on
// numbers (irreflexive and asymmetric, NaN included) or strings (total)
// the sentinels bound both scans, so no out-of-range element is ever read
// and the result is identical.
import {
  TAG_NIL, TAG_FALSE, TAG_STR, TAG_TAB, TAG_FUNC, TAG_NUMX, PAYLOAD_NONE, tagTypeName,
  tagTypeIndex,
} from '../../soa/value'
import { MM } from '../../soa/bc'
import { strIntern, sbReset, sbPutStr, sbPutJS, sbToStr } from '../rt/str'
import { tabNew, tabGetInt, tabSetInt, tabLen, tabNext, tabClear } from '../rt/tab'
import { numToStrBits } from '../rt/numfmt'
import {
  argCount, argTag, checkTab, checkInt, optInt, optStr, typeError,
  pushNum, pushObj, pushRoom, setFunc, setField,
} from '../vm/aux'
import { luaError, rtError } from '../vm/debug'
import { vmCall } from '../vm/call'
import { metaOfSlot, strCmp } from '../vm/meta'
import type { LuaState } from '../vm/state'
import { packageSetLoaded } from './package'

/** Largest array/hash size hint table.new accepts (LuaJIT: table overflow). */
const TNEW_MAX = 1 << 26

/** luaL_checkint: argument [i] as a C int (truncated, wrapped to 32 bits). */
function checkCInt(L: LuaState, i: number): number {
  return checkInt(L, i) | 0
}

/** Copy raw t[k] into slot [d] (nil when absent). */
function rawGetTo(L: LuaState, t: number, k: number, d: number): void {
  const H = L.H
  const s = tabGetInt(H, t, k)
  const U = H.vU
  if (s < 0) { U[2 * d] = PAYLOAD_NONE; U[2 * d + 1] = TAG_NIL; return }
  U[2 * d] = U[2 * s]; U[2 * d + 1] = U[2 * s + 1]
}

/** Raw t[k] = value in slot [s]. */
function rawSetFrom(L: LuaState, t: number, k: number, s: number): void {
  const H = L.H
  const d = tabSetInt(H, t, k) // may grow H.vU: reload
  const U = H.vU
  U[2 * d] = U[2 * s]; U[2 * d + 1] = U[2 * s + 1]
}

/** Raw t[k] = t[k + delta] for k = from .. to stepping by [step] (element
 *  moves of insert/remove); one memmove when the run is in the array part. */
function moveRun(L: LuaState, t: number, from: number, to: number, delta: number): void {
  const H = L.H
  const lo = from < to ? from : to, hi = from < to ? to : from
  if (lo >= 1 && lo + delta >= 1 && hi <= H.tabAsize[t] && hi + delta <= H.tabAsize[t]) {
    const a = H.tabArr[t]
    H.vU.copyWithin(2 * (a + lo - 1), 2 * (a + lo - 1 + delta), 2 * (a + hi + delta))
    return
  }
  const step = from <= to ? 1 : -1
  for (let k = from; k !== to + step; k += step) {
    const s = tabGetInt(H, t, k + delta)
    let vlo = PAYLOAD_NONE, vhi = TAG_NIL
    if (s >= 0) { vlo = H.vU[2 * s]; vhi = H.vU[2 * s + 1] }
    const d = tabSetInt(H, t, k) // may grow H.vU: reload
    H.vU[2 * d] = vlo; H.vU[2 * d + 1] = vhi
  }
}

// -- concat, insert, remove, maxn, getn, setn ---------------------------------

/** Concatenation of the strings t[i..last] (all in the array part) with
 *  separator [sep] (-1: none) into a new string, or -1 when some value is
 *  not a string. Two passes: sizes, then one copy into catBuf. */
function concatStrings(L: LuaState, t: number, i: number, last: number, sep: number): number {
  const H = L.H, U = H.vU, len = H.strLen
  const a = H.tabArr[t] - 1
  const seplen = sep >= 0 ? len[sep] : 0
  let total = (last - i) * seplen
  for (let k = i; k <= last; k++) {
    const s = a + k
    if (U[2 * s + 1] !== TAG_STR) return -1
    total += len[U[2 * s]]
  }
  if (total > catBuf.length) catBuf = new Uint8Array(Math.max(total, 2 * catBuf.length))
  const b = catBuf, d = H.strData, off = H.strOff
  const so = sep >= 0 ? off[sep] : 0
  let p = 0
  for (let k = i; k <= last; k++) {
    if (k > i) {
      for (let c = 0; c < seplen; c++) b[p + c] = d[so + c]
      p += seplen
    }
    const id = U[2 * (a + k)], o = off[id], n = len[id]
    if (n <= 24) { for (let c = 0; c < n; c++) b[p + c] = d[o + c] }
    else b.set(d.subarray(o, o + n), p)
    p += n
  }
  return strIntern(H, b, 0, total)
}

/** Scratch bytes of concatStrings (grows to the longest result). */
let catBuf = new Uint8Array(1024)

/** table.concat(t [, sep [, i [, j]]]) */
function tabConcat(L: LuaState): number {
  const H = L.H
  const sep = optStr(L, 1, -1)
  const t = checkTab(L, 0)
  let i = optInt(L, 2, 1) | 0
  const last = argTag(L, 3) === TAG_NIL ? tabLen(H, t) : checkCInt(L, 3)
  if (i >= 1 && i <= last && last <= H.tabAsize[t]) {
    const id = concatStrings(L, t, i, last, sep)
    if (id >= 0) { pushObj(L, TAG_STR, id); return 1 }
  }
  sbReset(H)
  for (; i <= last; i++) {
    const s = tabGetInt(H, t, i)
    const hi = s < 0 ? TAG_NIL : H.vU[2 * s + 1]
    if (hi === TAG_STR) sbPutStr(H, H.vU[2 * s])
    else if (hi < TAG_NUMX) sbPutJS(H, numToStrBits(hi, H.vU[2 * s]))
    else luaError(L, 'invalid value (' + tagTypeName(hi) + ') at index ' + i + " in table for 'concat'")
    if (i === last) break // i + 1 could overflow a C int
    if (sep >= 0) sbPutStr(H, sep)
  }
  pushObj(L, TAG_STR, sbToStr(H))
  return 1
}

/** table.insert(t, [pos,] v) */
function tabInsert(L: LuaState): number {
  const H = L.H
  const t = checkTab(L, 0)
  let e = tabLen(H, t) + 1 // first empty element
  const n = argCount(L)
  let pos = e
  if (n === 3) {
    pos = checkCInt(L, 1)
    if (pos > e) e = pos // "grow" the array
    if (e > pos) moveRun(L, t, e, pos + 1, -1) // t[k] = t[k-1]
  } else if (n !== 2) luaError(L, "wrong number of arguments to 'insert'")
  rawSetFrom(L, t, pos, L.base + n - 1)
  return 0
}

/** table.remove(t [, pos]) */
function tabRemove(L: LuaState): number {
  const H = L.H
  const t = checkTab(L, 0)
  const e = tabLen(H, t)
  const pos = argTag(L, 1) === TAG_NIL ? e : checkCInt(L, 1)
  if (!(pos >= 1 && pos <= e)) return 0 // nothing to remove
  const s = tabGetInt(H, t, pos)
  let vlo = PAYLOAD_NONE, vhi = TAG_NIL
  if (s >= 0) { vlo = H.vU[2 * s]; vhi = H.vU[2 * s + 1] }
  if (pos < e) moveRun(L, t, pos, e - 1, 1) // t[k] = t[k+1]
  const d = tabSetInt(H, t, e)
  H.vU[2 * d] = PAYLOAD_NONE; H.vU[2 * d + 1] = TAG_NIL
  const r = L.top++
  H.vU[2 * r] = vlo; H.vU[2 * r + 1] = vhi
  return 1
}

/** table.maxn(t): largest positive number key. */
function tabMaxn(L: LuaState): number {
  const H = L.H
  const t = checkTab(L, 0)
  let max = 0
  const asize = H.tabAsize[t], arr = H.tabArr[t]
  for (let k = asize; k >= 1; k--) {
    if (H.vU[2 * (arr + k - 1) + 1] !== TAG_NIL) { max = k; break }
  }
  pushRoom(L, 3)
  const ks = L.top
  L.top += 3
  if (asize > 0) H.vF[ks] = asize
  else { H.vU[2 * ks] = PAYLOAD_NONE; H.vU[2 * ks + 1] = TAG_NIL }
  while (tabNext(H, t, ks, ks) > 0) {
    if (H.vU[2 * ks + 1] < TAG_NUMX) {
      const v = H.vF[ks]
      if (v > max) max = v
    }
  }
  L.top = ks
  pushNum(L, max)
  return 1
}

/** table.getn(t) */
function tabGetn(L: LuaState): number {
  const t = checkTab(L, 0)
  pushNum(L, tabLen(L.H, t))
  return 1
}

/** table.setn(t, n): obsolete in 5.1. */
function tabSetn(L: LuaState): number {
  checkTab(L, 0)
  luaError(L, "'setn' is obsolete")
}

// -- foreach, foreachi ----------------------------------------------------------

/** Call the function in slot base+1 with the values in slots [a], [b];
 *  returns the slot of its first result moved to the call slot (L.top is
 *  one past it). Reloads nothing: callers re-read L.base. */
function call2(L: LuaState, a: number, b: number): number {
  pushRoom(L, 4)
  const f = L.top
  const U = L.H.vU, fn = L.base + 1
  U[2 * f] = U[2 * fn]; U[2 * f + 1] = U[2 * fn + 1]
  const ra = L.base + a, rb = L.base + b
  U[2 * (f + 2)] = U[2 * ra]; U[2 * (f + 2) + 1] = U[2 * ra + 1]
  U[2 * (f + 3)] = U[2 * rb]; U[2 * (f + 3) + 1] = U[2 * rb + 1]
  const n = vmCall(L, f, 2)
  const U2 = L.H.vU, r = L.top - n, d = r
  if (n === 0) { U2[2 * d] = PAYLOAD_NONE; U2[2 * d + 1] = TAG_NIL }
  L.top = d + 1
  return d
}

/** table.foreachi(t, f): f(i, t[i]) for i = 1..#t until a non-nil result. */
function tabForeachi(L: LuaState): number {
  const H = L.H
  const t = checkTab(L, 0)
  const n = tabLen(H, t)
  if (argTag(L, 1) !== TAG_FUNC) typeError(L, 1, 'function')
  L.top = L.base + 4 // t, f, i, t[i]
  for (let i = 1; i <= n; i++) {
    const ks = L.base + 2
    H.vF[ks] = i
    rawGetTo(L, t, i, ks + 1)
    const r = call2(L, 2, 3)
    if (H.vU[2 * r + 1] !== TAG_NIL) return 1
    L.top = L.base + 4
  }
  return 0
}

/** table.foreach(t, f): f(k, v) for every pair until a non-nil result. */
function tabForeach(L: LuaState): number {
  const H = L.H
  const t = checkTab(L, 0)
  if (argTag(L, 1) !== TAG_FUNC) typeError(L, 1, 'function')
  L.top = L.base + 4 // t, f, k, v
  const ks0 = L.base + 2
  H.vU[2 * ks0] = PAYLOAD_NONE; H.vU[2 * ks0 + 1] = TAG_NIL
  for (;;) {
    const ks = L.base + 2
    const r0 = tabNext(H, t, ks, ks)
    if (r0 < 0) rtError(L, "invalid key to 'next'")
    if (r0 === 0) return 0
    const r = call2(L, 2, 3)
    if (H.vU[2 * r + 1] !== TAG_NIL) return 1
    L.top = L.base + 4
  }
}

// -- sort -----------------------------------------------------------------------

// Stack registers of the generic sort, relative to L.base (after settop 2).
// register 0 holds the table
const R_F = 1 // comparator or nil
const R_P = 2 // pivot
const R_A = 3 // first compared element
const R_B = 4 // second compared element
const R_TOP = 5 // calls start here

/** Raise 5.1's ordering error for the values in slots [a], [b]. */
function orderError(L: LuaState, a: number, b: number): never {
  const U = L.H.vU
  const t1 = tagTypeName(U[2 * a + 1]), t2 = tagTypeName(U[2 * b + 1])
  rtError(L, t1 === t2 ? 'attempt to compare two ' + t1 + ' values' : 'attempt to compare ' + t1 + ' with ' + t2)
}

/** Is register [ra] less than register [rb]? The comparator if given, else
 *  lua_lessthan: numbers, strings, or a shared __lt metamethod. */
function sortLt(L: LuaState, ra: number, rb: number): boolean {
  const H = L.H
  let U = H.vU
  const base = L.base
  const a = base + ra, b = base + rb
  let fn = base + R_F
  if (U[2 * fn + 1] === TAG_NIL) {
    const ha = U[2 * a + 1], hb = U[2 * b + 1]
    if (ha < TAG_NUMX && hb < TAG_NUMX) return H.vF[a] < H.vF[b]
    if (ha === TAG_STR && hb === TAG_STR) return strCmp(L, U[2 * a], U[2 * b]) < 0
    if (tagTypeIndex(ha) !== tagTypeIndex(hb) || ha < TAG_NUMX) orderError(L, a, b)
    const m1 = metaOfSlot(L, a, MM.lt)
    if (m1 < 0) orderError(L, a, b)
    const m2 = metaOfSlot(L, b, MM.lt)
    if (m2 < 0 || U[2 * m1] !== U[2 * m2] || U[2 * m1 + 1] !== U[2 * m2 + 1]) orderError(L, a, b)
    fn = m1
  }
  const f = base + R_TOP
  U[2 * f] = U[2 * fn]; U[2 * f + 1] = U[2 * fn + 1]
  U[2 * (f + 2)] = U[2 * a]; U[2 * (f + 2) + 1] = U[2 * a + 1]
  U[2 * (f + 3)] = U[2 * b]; U[2 * (f + 3) + 1] = U[2 * b + 1]
  L.top = f
  const n = vmCall(L, f, 2)
  U = H.vU
  const r = L.top - n
  const res = n > 0 && U[2 * r + 1] < TAG_FALSE
  L.top = L.base + R_TOP
  return res
}

/** t[k] -> register [r]. */
function sget(L: LuaState, t: number, k: number, r: number): void {
  rawGetTo(L, t, k, L.base + r)
}

/** t[k] = register [r]. */
function sset(L: LuaState, t: number, k: number, r: number): void {
  rawSetFrom(L, t, k, L.base + r)
}

/** 5.1's auxsort on t[l..u], generic path (see the essay at the top). */
function auxsort(L: LuaState, t: number, l: number, u: number): void {
  while (l < u) {
    sget(L, t, l, R_A)
    sget(L, t, u, R_B)
    if (sortLt(L, R_B, R_A)) { sset(L, t, l, R_B); sset(L, t, u, R_A) }
    if (u - l === 1) break
    let i = ((l + u) / 2) | 0
    sget(L, t, i, R_A)
    sget(L, t, l, R_B)
    if (sortLt(L, R_A, R_B)) { sset(L, t, i, R_B); sset(L, t, l, R_A) }
    else {
      sget(L, t, u, R_B)
      if (sortLt(L, R_B, R_A)) { sset(L, t, i, R_B); sset(L, t, u, R_A) }
    }
    if (u - l === 2) break
    sget(L, t, i, R_P)
    sget(L, t, u - 1, R_B)
    sset(L, t, i, R_B)
    sset(L, t, u - 1, R_P)
    i = l
    let j = u - 1
    for (;;) {
      for (;;) {
        sget(L, t, ++i, R_A)
        if (!sortLt(L, R_A, R_P)) break
        if (i > u) luaError(L, 'invalid order function for sorting')
      }
      for (;;) {
        sget(L, t, --j, R_B)
        if (!sortLt(L, R_P, R_B)) break
        if (j < l) luaError(L, 'invalid order function for sorting')
      }
      if (j < i) break
      sset(L, t, i, R_B)
      sset(L, t, j, R_A)
    }
    sget(L, t, u - 1, R_A)
    sget(L, t, i, R_B)
    sset(L, t, u - 1, R_B)
    sset(L, t, i, R_A)
    if (i - l < u - i) { j = l; i = i - 1; l = i + 2 }
    else { j = i + 1; i = u; u = j - 2 }
    auxsort(L, t, j, i)
  }
}

/** Is slot [a] less than slot [b]? Both numbers ([num]) or both strings. */
function arrLt(L: LuaState, num: boolean, a: number, b: number): boolean {
  const H = L.H
  return num ? H.vF[a] < H.vF[b] : strCmp(L, H.vU[2 * a], H.vU[2 * b]) < 0
}

/** Swap arena slots [a] and [b]. */
function arrSwap(U: Uint32Array, a: number, b: number): void {
  const lo = U[2 * a], hi = U[2 * a + 1]
  U[2 * a] = U[2 * b]; U[2 * a + 1] = U[2 * b + 1]
  U[2 * b] = lo; U[2 * b + 1] = hi
}

/** auxsort in place on the array slots s0+1 .. s0+n (element k at s0+k),
 *  all numbers ([num]) or all strings; [p] is a free slot for the pivot. */
function auxsortArr(L: LuaState, s0: number, l: number, u: number, num: boolean, p: number): void {
  const U = L.H.vU // no allocation below: the view stays valid
  while (l < u) {
    if (arrLt(L, num, s0 + u, s0 + l)) arrSwap(U, s0 + l, s0 + u)
    if (u - l === 1) break
    let i = ((l + u) / 2) | 0
    if (arrLt(L, num, s0 + i, s0 + l)) arrSwap(U, s0 + i, s0 + l)
    else if (arrLt(L, num, s0 + u, s0 + i)) arrSwap(U, s0 + i, s0 + u)
    if (u - l === 2) break
    arrSwap(U, s0 + i, s0 + u - 1)
    U[2 * p] = U[2 * (s0 + u - 1)]; U[2 * p + 1] = U[2 * (s0 + u - 1) + 1]
    i = l
    let j = u - 1
    for (;;) {
      while (arrLt(L, num, s0 + ++i, p)) { /* a[i] < P */ }
      while (arrLt(L, num, p, s0 + --j)) { /* P < a[j] */ }
      if (j < i) break
      arrSwap(U, s0 + i, s0 + j)
    }
    arrSwap(U, s0 + u - 1, s0 + i)
    if (i - l < u - i) { j = l; i = i - 1; l = i + 2 }
    else { j = i + 1; i = u; u = j - 2 }
    auxsortArr(L, s0, j, i, num, p)
  }
}

/** Kind of a[1..n] for the in-place path: 1 numbers, 2 strings, 0 other. */
function arrKind(L: LuaState, t: number, n: number): number {
  const H = L.H
  if (n > H.tabAsize[t]) return 0
  const U = H.vU, a = H.tabArr[t]
  const h0 = U[2 * a + 1]
  if (h0 < TAG_NUMX) {
    for (let k = 1; k < n; k++) if (U[2 * (a + k) + 1] >= TAG_NUMX) return 0
    return 1
  }
  if (h0 !== TAG_STR) return 0
  for (let k = 1; k < n; k++) if (U[2 * (a + k) + 1] !== TAG_STR) return 0
  return 2
}

/** table.sort(t [, comp]) */
function tabSort(L: LuaState): number {
  const H = L.H
  const t = checkTab(L, 0)
  const n = tabLen(H, t)
  const ft = argTag(L, 1)
  if (ft !== TAG_NIL && ft !== TAG_FUNC) typeError(L, 1, 'function')
  const base = L.base
  const top = base + R_TOP
  for (let s = L.top; s < top; s++) { H.vU[2 * s] = PAYLOAD_NONE; H.vU[2 * s + 1] = TAG_NIL }
  L.top = top
  if (n < 2) return 0
  if (ft === TAG_NIL) {
    const kind = arrKind(L, t, n)
    if (kind !== 0) {
      auxsortArr(L, H.tabArr[t] - 1, 1, n, kind === 1, base + R_P)
      return 0
    }
  }
  auxsort(L, t, 1, n)
  return 0
}

// -- LuaJIT extensions ------------------------------------------------------------

/** table.new(narr, nhash) (require "table.new"): a preallocated table. */
export function tableNewFn(L: LuaState): number {
  let a = checkCInt(L, 0), h = checkCInt(L, 1)
  if (a < 0) a = 0
  if (h < 0) h = 0
  if (a > TNEW_MAX || h > TNEW_MAX) luaError(L, 'table overflow')
  const t = tabNew(L.H, a, h)
  pushObj(L, TAG_TAB, t)
  return 1
}

/** table.clear(t) (require "table.clear"): remove every key, keep sizes. */
export function tableClearFn(L: LuaState): number {
  const t = checkTab(L, 0)
  tabClear(L.H, t)
  return 0
}

// -- Registration -------------------------------------------------------------------

/** Open the table library. */
export function openTable(L: LuaState): void {
  const H = L.H
  const t = tabNew(H, 0, 12)
  setField(L, H.globals, 'table', TAG_TAB, t)
  setFunc(L, t, 'concat', tabConcat)
  setFunc(L, t, 'foreach', tabForeach)
  setFunc(L, t, 'foreachi', tabForeachi)
  setFunc(L, t, 'getn', tabGetn)
  setFunc(L, t, 'insert', tabInsert)
  setFunc(L, t, 'maxn', tabMaxn)
  setFunc(L, t, 'remove', tabRemove)
  setFunc(L, t, 'setn', tabSetn)
  setFunc(L, t, 'sort', tabSort)
  packageSetLoaded(L, 'table', TAG_TAB, t)
}
