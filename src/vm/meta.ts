// Metamethods and the interpreter's slow paths: indexing with __index /
// __newindex chains, arithmetic with string coercion and __add.., ordered
// and equality comparisons, concatenation, length and unary minus.
//
// Every slow path works on arena slots and returns 0 when it finished
// inline (result written), or 1 when it called a metamethod through a
// continuation frame (contCall): the dispatch loop then reloads L.base and
// L.pc, and the continuation delivers the result when the metamethod
// returns. Lookups of absent metamethods are cached per metatable in the
// tabNomm bits (cleared by every store into the table).
import { MM } from '../../soa/bc'
import {
  TAG_NIL, TAG_STR, TAG_TAB, TAG_UDATA, TAG_NUMX, TAG_FUNC,
  PAYLOAD_NONE, tagTypeName, tagTypeIndex,
} from '../../soa/value'
import { tabGetKey, tabSetKey, tabLen, tabGetStr, tabFieldsGrow } from '../rt/tab'
import { shapeFind } from '../rt/shape'
import { sbReset, sbPutStr, sbPutJS, sbToStr } from '../rt/str'
import { numToStrBits } from '../rt/numfmt'
import { str2d, str2dRes } from '../rt/numparse'
import { rtError, varDesc } from './debug'
import { contCall } from './call'
import {
  CONT_CAT, CONT_CAT_SHIFT, CONT_CONDF, CONT_CONDT, CONT_NOP, CONT_RA, type LuaState,
} from './state'

/** Lua type name of a tag word. */
export function typeName(hi: number): string {
  return tagTypeName(hi)
}

/** Metatable id of the value (hi, lo), 0 if none. */
export function metaOf(L: LuaState, hi: number, lo: number): number {
  if (hi === TAG_TAB) return L.H.tabMeta[lo]
  if (hi === TAG_UDATA) return L.H.udMeta[lo]
  return L.H.typeMeta[tagTypeIndex(hi)]
}

/** Arena slot of metamethod [mm] in metatable [mt], or -1 if absent. */
export function metaSlot(L: LuaState, mt: number, mm: number): number {
  const H = L.H
  const bit = 1 << mm
  if ((H.tabNomm[mt] & bit) !== 0) return -1
  const s = tabGetStr(H, mt, H.mmName[mm])
  if (s < 0 || H.vU[2 * s + 1] === TAG_NIL) { H.tabNomm[mt] |= bit; return -1 }
  return s
}

/** Metamethod [mm] of the value in slot [o], or -1. */
export function metaOfSlot(L: LuaState, o: number, mm: number): number {
  const U = L.H.vU
  const mt = metaOf(L, U[2 * o + 1], U[2 * o])
  return mt !== 0 ? metaSlot(L, mt, mm) : -1
}

/** " local 'x'" description of slot [o] if it is a register of the running
 *  Lua frame, else "". */
function regDesc(L: LuaState, o: number): string {
  if (o < L.base || o >= L.top) return ''
  return varDesc(L, o - L.base)
}

/** Raise "attempt to [op] local 'x' (a nil value)" for slot [o]. */
export function typeError(L: LuaState, o: number, op: string): never {
  const tn = typeName(L.H.vU[2 * o + 1])
  const d = regDesc(L, o)
  rtError(L, d !== '' ? 'attempt to ' + op + ' ' + d + ' (a ' + tn + ' value)' : 'attempt to ' + op + ' a ' + tn + ' value')
}

// -- Indexing -----------------------------------------------------------------

/** dst = o[k] with __index. Slots are absolute arena slots. */
export function vmGet(L: LuaState, o: number, k: number, dst: number): number {
  const H = L.H
  for (let loop = 0; loop < 100; loop++) {
    const U = H.vU
    const hi = U[2 * o + 1]
    let mm: number
    if (hi === TAG_TAB) {
      const t = U[2 * o]
      const s = tabGetKey(H, t, k)
      if (s >= 0 && U[2 * s + 1] !== TAG_NIL) {
        U[2 * dst] = U[2 * s]; U[2 * dst + 1] = U[2 * s + 1]
        return 0
      }
      const mt = H.tabMeta[t]
      mm = mt !== 0 ? metaSlot(L, mt, MM.index) : -1
      if (mm < 0) { U[2 * dst] = PAYLOAD_NONE; U[2 * dst + 1] = TAG_NIL; return 0 }
    } else {
      mm = metaOfSlot(L, o, MM.index)
      if (mm < 0) typeError(L, o, 'index')
    }
    if (U[2 * mm + 1] === TAG_FUNC) { contCall(L, CONT_RA, mm, o, k, -1); return 1 }
    o = mm
  }
  rtError(L, 'loop in gettable')
}

// -- Method cache -------------------------------------------------------------
// A TGETS whose key is missing from its table and found through a chain of
// __index tables (o:m() where the class, or its parent, holds m) keeps that
// chain in a line of L.mcPool, named by L.mcSite[site]. Line (i32 words):
//
//   +0 key string id | +1 gc cycle | +2 depth d | +3 field index in holder
//   then d levels of 5 words:
//   +0 metatable id | +1 its shape | +2 field index of __index in it
//   +3 the __index table id | +4 its shape
//
// A hit re-reads every link (the metatable of each table, the __index value
// in it, the shapes), so a line can only go stale through shape ids, which
// change only in a collection: a line is valid in the gc cycle that filled
// it. Intermediate tables must lack the key in their shape (not merely hold
// nil), so an equal shape proves the key is still absent there. Only
// shape-mode tables take part; anything else is left to vmGet.
const MC_HDR = 4
const MC_LEVEL = 5
const MC_DEPTH = 4
const MC_LINE = MC_HDR + MC_DEPTH * MC_LEVEL
const MC_POOL_MAX = 1 << 20

/** Value slot of string [key] for table [t] (whose own value is nil) via
 *  the method-cache line of [site], or -1 when there is no valid line. */
export function mcLookup(L: LuaState, site: number, t: number, key: number): number {
  const line = site < L.mcSite.length ? L.mcSite[site] : 0
  if (line === 0) return -1
  const P = L.mcPool, H = L.H
  if (P[line] !== key || P[line + 1] !== H.gcCycles) return -1
  const U = H.vU
  let cur = t
  for (let i = 0, e = line + MC_HDR, d = P[line + 2]; i < d; i++, e += MC_LEVEL) {
    const mt = H.tabMeta[cur]
    if (mt !== P[e] || H.tabShape[mt] !== P[e + 1]) return -1
    const s = H.tabFields[mt] + P[e + 2]
    cur = P[e + 3]
    if (U[2 * s + 1] !== TAG_TAB || U[2 * s] !== cur || H.tabShape[cur] !== P[e + 4]) return -1
  }
  const s = H.tabFields[cur] + P[line + 3]
  return U[2 * s + 1] !== TAG_NIL ? s : -1
}

/** Record in [site]'s line how string [key] resolves for table [t] (own
 *  value nil) through __index tables, when the chain is cacheable. */
export function mcFill(L: LuaState, site: number, t: number, key: number): void {
  const H = L.H
  let line = site < L.mcSite.length ? L.mcSite[site] : 0
  if (line === 0) line = mcAlloc(L, site)
  const P = L.mcPool, U = H.vU
  P[line] = 0 // invalid until the walk completes
  const idxKey = H.mmName[MM.index]
  let cur = t
  for (let d = 0, e = line + MC_HDR; d < MC_DEPTH; d++, e += MC_LEVEL) {
    const mt = H.tabMeta[cur]
    if (mt === 0) return
    const msh = H.tabShape[mt]
    if (msh === 0) return
    const mi = shapeFind(H, msh, idxKey)
    if (mi < 0) return
    const s = H.tabFields[mt] + mi
    if (U[2 * s + 1] !== TAG_TAB) return
    const nxt = U[2 * s], nsh = H.tabShape[nxt]
    if (nsh === 0) return
    P[e] = mt; P[e + 1] = msh; P[e + 2] = mi; P[e + 3] = nxt; P[e + 4] = nsh
    const fi = shapeFind(H, nsh, key)
    if (fi >= 0) {
      if (U[2 * (H.tabFields[nxt] + fi) + 1] === TAG_NIL) return
      P[line] = key; P[line + 1] = H.gcCycles; P[line + 2] = d + 1; P[line + 3] = fi
      return
    }
    cur = nxt
  }
}

/** A fresh line for [site] (grows mcSite to the bytecode arena, and the
 *  pool up to MC_POOL_MAX words, then starts it over). */
function mcAlloc(L: LuaState, site: number): number {
  const nb = L.H.bc.length
  if (L.mcSite.length < nb) {
    const a = new Int32Array(nb)
    a.set(L.mcSite)
    L.mcSite = a
  }
  if (L.mcTop === 0) L.mcTop = MC_LINE // line 0 means "none"
  if (L.mcTop + MC_LINE > L.mcPool.length) {
    if (L.mcPool.length >= MC_POOL_MAX) {
      L.mcSite.fill(0)
      L.mcTop = MC_LINE
    } else {
      const a = new Int32Array(L.mcPool.length === 0 ? 64 * MC_LINE : 2 * L.mcPool.length)
      a.set(L.mcPool)
      L.mcPool = a
    }
  }
  const line = L.mcTop
  L.mcTop += MC_LINE
  L.mcPool[line] = 0 // invalid until filled
  L.mcSite[site] = line
  return line
}

// -- Transition cache -----------------------------------------------------------
// A TSETS that adds a new key to a small shape-mode table without a
// metatable (constructors: local o = {}; o.x = ..; o.y = ..) moves the table
// from shape P to its child C, the new field at index count(P). The site
// remembers (P, C) in a direct-mapped cache of TC_SIZE entries of 8 words:
//
//   +0 site | +1 gc cycle | +2 shape P | +3 shape C | +4 field index | unused
//
// Shape ids are reused only after a collection, so an entry is valid in the
// gc cycle that filled it. Only tables with fewer than TC_MAX_FIELDS fields
// take part, so tabAddField's switch to dictionary mode (dead fields) never
// applies.
const TC_SIZE = 1024
const TC_MAX_FIELDS = 8

/** Add the key of TSETS [site] to table [t] (its value there is absent,
 *  no metatable) by the cached transition: the new field's slot, or -1.
 *  May grow H.vU. */
export function tcStore(L: LuaState, site: number, t: number): number {
  const H = L.H, T = L.tcache
  const e = (site & (TC_SIZE - 1)) * 8
  if (T[e] !== site || T[e + 2] !== H.tabShape[t] || T[e + 1] !== H.gcCycles) return -1
  const i = T[e + 4]
  if (i >= H.tabFcap[t]) tabFieldsGrow(H, t, i) // may grow H.vU
  H.tabShape[t] = T[e + 3]
  H.tabNomm[t] = 0
  return H.tabFields[t] + i
}

/** After a TSETS at [site] moved table [t] from shape [sh0] (no
 *  metatable) by adding one key, remember the transition. */
export function tcFill(L: LuaState, site: number, t: number, sh0: number): void {
  const H = L.H
  const sh1 = H.tabShape[t]
  if (sh0 === 0 || sh1 === 0 || H.shParent[sh1] !== sh0 || H.shCount[sh0] >= TC_MAX_FIELDS) return
  const T = L.tcache, e = (site & (TC_SIZE - 1)) * 8
  T[e] = site; T[e + 1] = H.gcCycles; T[e + 2] = sh0; T[e + 3] = sh1; T[e + 4] = H.shCount[sh0]
}

/** o[k] = v with __newindex. Slots are absolute arena slots. */
export function vmSet(L: LuaState, o: number, k: number, v: number): number {
  const H = L.H
  for (let loop = 0; loop < 100; loop++) {
    let U = H.vU
    const hi = U[2 * o + 1]
    let mm: number
    if (hi === TAG_TAB) {
      const t = U[2 * o]
      const s = tabGetKey(H, t, k)
      const mt = H.tabMeta[t]
      if ((s >= 0 && U[2 * s + 1] !== TAG_NIL) || mt === 0 || (mm = metaSlot(L, mt, MM.newindex)) < 0) {
        let d = s
        if (d < 0) {
          d = tabSetKey(H, t, k)
          if (d < 0) rtError(L, d === -1 ? 'table index is nil' : 'table index is NaN')
          U = H.vU
        }
        U[2 * d] = U[2 * v]; U[2 * d + 1] = U[2 * v + 1]
        H.tabNomm[t] = 0
        return 0
      }
    } else {
      mm = metaOfSlot(L, o, MM.newindex)
      if (mm < 0) typeError(L, o, 'index')
    }
    if (U[2 * mm + 1] === TAG_FUNC) { contCall(L, CONT_NOP, mm, o, k, v); return 1 }
    o = mm
  }
  rtError(L, 'loop in settable')
}

// -- Arithmetic ---------------------------------------------------------------

/** Out-value of toNum. */
export let numOut = 0

/** Number value of slot [s] with 5.1 string coercion; false if none. */
export function toNum(L: LuaState, s: number): boolean {
  const H = L.H
  const hi = H.vU[2 * s + 1]
  if (hi < TAG_NUMX) { numOut = H.vF[s]; return true }
  if (hi !== TAG_STR) return false
  const id = H.vU[2 * s]
  const n = str2d(H.strData, H.strOff[id], H.strLen[id])
  if (!str2dRes.ok) return false
  numOut = n
  return true
}

/** The x86 default NaN (sign bit set, printed "-nan" by lua5.1). */
const NEG_NAN = new Float64Array(new Uint32Array([0, 0xfff80000]).buffer)[0]

/** C pow() as glibc on x86-64: like Math.pow but pow(1, y) = 1 and
 *  pow(-1, +-inf) = 1; NaN results keep glibc's sign: a NaN base is returned
 *  as is (positive for an odd integer exponent), a NaN exponent as is, and a
 *  domain error (negative base, fractional exponent) is the default -nan. */
export function luaPow(a: number, b: number): number {
  const r = Math.pow(a, b)
  if (r === r) return r
  if (a === 1 || (a === -1 && (b === Infinity || b === -Infinity))) return 1
  if (a !== a) return Math.abs(b) < 9007199254740992 && Math.floor(b) === b && Math.abs(b % 2) === 1 ? NaN : a
  if (b !== b) return b
  return NEG_NAN
}

/** Apply arithmetic metamethod index [mm] (MM.add .. MM.unm) to numbers. */
export function arithOp(mm: number, a: number, b: number): number {
  switch (mm) {
    case MM.add: return a + b
    case MM.sub: return a - b
    case MM.mul: return a * b
    case MM.div: return a / b
    case MM.mod: return a - Math.floor(a / b) * b
    case MM.pow: return luaPow(a, b)
    default: return -a
  }
}

/** dst = b (op) c with coercion and metamethods; op is an MM.add.. index. */
export function vmArith(L: LuaState, dst: number, b: number, c: number, mm: number): number {
  if (toNum(L, b)) {
    const x = numOut
    if (toNum(L, c)) {
      L.H.vF[dst] = arithOp(mm, x, numOut)
      return 0
    }
  }
  let m = metaOfSlot(L, b, mm)
  if (m < 0) m = metaOfSlot(L, c, mm)
  if (m < 0) {
    const culprit = toNum(L, b) ? c : b
    typeError(L, culprit, 'perform arithmetic on')
  }
  contCall(L, CONT_RA, m, b, c, -1)
  return 1
}

// -- Comparison ---------------------------------------------------------------

/** Out-value of vmCompare/vmEqual when they finish inline. */
export let cmpOut = false

/** Byte-wise comparison of strings [a] and [b] (strcmp order). */
export function strCmp(L: LuaState, a: number, b: number): number {
  const H = L.H, d = H.strData
  const oa = H.strOff[a], la = H.strLen[a], ob = H.strOff[b], lb = H.strLen[b]
  const n = la < lb ? la : lb
  for (let i = 0; i < n; i++) {
    const x = d[oa + i], y = d[ob + i]
    if (x !== y) return x - y
  }
  return la - lb
}

/** Raise 5.1's ordering error for slots [a], [b]. */
function orderError(L: LuaState, a: number, b: number): never {
  const U = L.H.vU
  const t1 = typeName(U[2 * a + 1]), t2 = typeName(U[2 * b + 1])
  rtError(L, t1 === t2 ? 'attempt to compare two ' + t1 + ' values' : 'attempt to compare ' + t1 + ' with ' + t2)
}

/** The common metamethod [mm] of slots [a] and [b] (same value), or -1. */
function orderMeta(L: LuaState, a: number, b: number, mm: number): number {
  const U = L.H.vU
  const m1 = metaOfSlot(L, a, mm)
  if (m1 < 0) return -1
  const m2 = metaOfSlot(L, b, mm)
  if (m2 < 0) return -1
  if (U[2 * m1] !== U[2 * m2] || U[2 * m1 + 1] !== U[2 * m2 + 1]) return -1
  return m1
}

/** Ordered compare for ISLT/ISGE (le=false) or ISLE/ISGT (le=true) of
 *  slots [a], [b] when not both numbers. [neg]: the op jumps on false
 *  (ISGE, ISGT). Returns 0 with cmpOut = jump taken, or 1 after a call. */
export function vmCompare(L: LuaState, a: number, b: number, le: boolean, neg: boolean): number {
  const H = L.H, U = H.vU
  const ha = U[2 * a + 1], hb = U[2 * b + 1]
  if (ha < TAG_NUMX && hb < TAG_NUMX) {
    const x = H.vF[a], y = H.vF[b]
    cmpOut = (le ? x <= y : x < y) !== neg
    return 0
  }
  if (ha === TAG_STR && hb === TAG_STR) {
    const c = strCmp(L, U[2 * a], U[2 * b])
    cmpOut = (le ? c <= 0 : c < 0) !== neg
    return 0
  }
  if (ha !== hb || (ha !== TAG_TAB && ha !== TAG_UDATA)) orderError(L, a, b)
  if (!le) {
    const m = orderMeta(L, a, b, MM.lt)
    if (m < 0) orderError(L, a, b)
    contCall(L, neg ? CONT_CONDF : CONT_CONDT, m, a, b, -1)
    return 1
  }
  const m = orderMeta(L, a, b, MM.le)
  if (m >= 0) { contCall(L, neg ? CONT_CONDF : CONT_CONDT, m, a, b, -1); return 1 }
  const m2 = orderMeta(L, b, a, MM.lt)
  if (m2 < 0) orderError(L, a, b)
  contCall(L, neg ? CONT_CONDT : CONT_CONDF, m2, b, a, -1)
  return 1
}

/** Raw equality of slots [a] and [b]. */
export function rawEqual(L: LuaState, a: number, b: number): boolean {
  const H = L.H, U = H.vU
  const ha = U[2 * a + 1], hb = U[2 * b + 1]
  if (ha < TAG_NUMX) return hb < TAG_NUMX && H.vF[a] === H.vF[b]
  return ha === hb && U[2 * a] === U[2 * b]
}

/** Equality with __eq for ISEQV ([neg] false) / ISNEV ([neg] true).
 *  Returns 0 with cmpOut = jump taken, or 1 after a metamethod call. */
export function vmEqual(L: LuaState, a: number, b: number, neg: boolean): number {
  const U = L.H.vU
  const ha = U[2 * a + 1]
  if (rawEqual(L, a, b)) { cmpOut = !neg; return 0 }
  if (ha !== U[2 * b + 1] || (ha !== TAG_TAB && ha !== TAG_UDATA)) { cmpOut = neg; return 0 }
  const m = orderMeta(L, a, b, MM.eq)
  if (m < 0) { cmpOut = neg; return 0 }
  contCall(L, neg ? CONT_CONDF : CONT_CONDT, m, a, b, -1)
  return 1
}

// -- Concatenation, length, unary minus --------------------------------------

/** Is slot [s] a string or a number? */
function isStringy(U: Uint32Array, s: number): boolean {
  const hi = U[2 * s + 1]
  return hi < TAG_NUMX || hi === TAG_STR
}

/** Append the string or number in slot [s] to the heap's byte builder. */
export function sbPutValue(L: LuaState, s: number): void {
  const H = L.H
  const hi = H.vU[2 * s + 1]
  if (hi === TAG_STR) sbPutStr(H, H.vU[2 * s])
  else sbPutJS(H, numToStrBits(hi, H.vU[2 * s]))
}

/** Concatenate registers [b]..[c] of the running frame into register b,
 *  right to left as 5.1 does. Returns 0 when done, 1 after a __concat
 *  call (the continuation resumes the rest). */
export function vmConcat(L: LuaState, b: number, c: number): number {
  const H = L.H
  const base = L.base
  while (c > b) {
    let U = H.vU
    const top = base + c
    if (isStringy(U, top - 1) && isStringy(U, top)) {
      let k = c - 1
      while (k > b && isStringy(U, base + k - 1)) k--
      sbReset(H)
      for (let i = k; i <= c; i++) sbPutValue(L, base + i)
      const id = sbToStr(H)
      U = H.vU
      U[2 * (base + k)] = id; U[2 * (base + k) + 1] = TAG_STR
      c = k
      continue
    }
    let m = metaOfSlot(L, top - 1, MM.concat)
    if (m < 0) m = metaOfSlot(L, top, MM.concat)
    if (m < 0) typeError(L, isStringy(U, top - 1) ? top : top - 1, 'concatenate')
    contCall(L, CONT_CAT | ((c - 1) << CONT_CAT_SHIFT), m, top - 1, top, -1)
    return 1
  }
  return 0
}

/** dst = #o. */
export function vmLen(L: LuaState, dst: number, o: number): number {
  const H = L.H, U = H.vU
  const hi = U[2 * o + 1]
  if (hi === TAG_STR) { H.vF[dst] = H.strLen[U[2 * o]]; return 0 }
  if (hi === TAG_TAB) { H.vF[dst] = tabLen(H, U[2 * o]); return 0 }
  const m = metaOfSlot(L, o, MM.len)
  if (m < 0) typeError(L, o, 'get length of')
  contCall(L, CONT_RA, m, o, o, -1)
  return 1
}

/** dst = -o with coercion and __unm. */
export function vmUnm(L: LuaState, dst: number, o: number): number {
  if (toNum(L, o)) { L.H.vF[dst] = -numOut; return 0 }
  const m = metaOfSlot(L, o, MM.unm)
  if (m < 0) typeError(L, o, 'perform arithmetic on')
  contCall(L, CONT_RA, m, o, o, -1)
  return 1
}

