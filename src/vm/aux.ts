// Host function helpers (lauxlib's role): argument checks with 5.1's
// messages, pushing results, tostring of any value, registering functions.
//
// Arguments are 0-based here: argument i is slot L.base + i, present when
// i < L.top - L.base. Messages count from 1 as Lua does.
import {
  TAG_NIL, TAG_FALSE, TAG_TRUE, TAG_STR, TAG_TAB, TAG_FUNC,
  TAG_NUMX, PAYLOAD_NONE, tagTypeName,
} from '../../soa/value'
import { MM } from '../../soa/bc'
import { strFromJS, strToJS } from '../rt/str'
import { tabSetStr } from '../rt/tab'
import { fnNewHost, hostFnRegister } from '../rt/func'
import { numToStrBits } from '../rt/numfmt'
import { str2d, str2dRes } from '../rt/numparse'
import { luaError, funcNameOfFrame, nameOut } from './debug'
import { LuaThrow } from './error'
import { metaOfSlot } from './meta'
import { vmCall, stackCheck } from './call'
import type { HostFn, LuaState } from './state'

/** Number of arguments passed to the running host function. */
export function argCount(L: LuaState): number {
  return L.top - L.base
}

/** Tag of argument [i], TAG_NIL when absent. */
export function argTag(L: LuaState, i: number): number {
  return i < L.top - L.base ? L.H.vU[2 * (L.base + i) + 1] : TAG_NIL
}

/** Raise "bad argument #i to 'f' (msg)", adjusting for method calls. */
export function argError(L: LuaState, i: number, msg: string): never {
  let narg = i + 1
  const kind = funcNameOfFrame(L, L.base)
  let name = kind !== null ? nameOut : '?'
  if (kind === 'method') {
    narg--
    if (narg === 0) luaError(L, "calling '" + name + "' on bad self (" + msg + ')')
  }
  if (kind === null) name = '?'
  luaError(L, 'bad argument #' + narg + " to '" + name + "' (" + msg + ')')
}

/** Raise "bad argument #i to 'f' (T expected, got U)". */
export function typeError(L: LuaState, i: number, expected: string): never {
  const got = i < L.top - L.base ? tagTypeName(L.H.vU[2 * (L.base + i) + 1]) : 'no value'
  argError(L, i, expected + ' expected, got ' + got)
}

/** Argument [i] must be present (any value, nil included). */
export function checkAny(L: LuaState, i: number): void {
  if (i >= L.top - L.base) argError(L, i, 'value expected')
}

/** Argument [i] as a number (strings coerced), or an error. */
export function checkNum(L: LuaState, i: number): number {
  const H = L.H
  if (i < L.top - L.base) {
    const s = L.base + i
    const hi = H.vU[2 * s + 1]
    if (hi < TAG_NUMX) return H.vF[s]
    if (hi === TAG_STR) {
      const id = H.vU[2 * s]
      const n = str2d(H.strData, H.strOff[id], H.strLen[id])
      if (str2dRes.ok) return n
    }
  }
  typeError(L, i, 'number')
}

/** Argument [i] as a number, or [def] when absent or nil. */
export function optNum(L: LuaState, i: number, def: number): number {
  const t = argTag(L, i)
  return t === TAG_NIL ? def : checkNum(L, i)
}

/** Argument [i] truncated to an integer (lua_tointeger). */
export function checkInt(L: LuaState, i: number): number {
  const n = checkNum(L, i)
  return n >= 0 ? Math.floor(n) : Math.ceil(n)
}

/** Argument [i] as an integer, or [def] when absent or nil. */
export function optInt(L: LuaState, i: number, def: number): number {
  const t = argTag(L, i)
  return t === TAG_NIL ? def : checkInt(L, i)
}

/** Argument [i] as a string id (numbers converted in place), or an error. */
export function checkStr(L: LuaState, i: number): number {
  const H = L.H
  if (i < L.top - L.base) {
    const s = L.base + i
    const hi = H.vU[2 * s + 1]
    if (hi === TAG_STR) return H.vU[2 * s]
    if (hi < TAG_NUMX) {
      const id = strFromJS(H, numToStrBits(hi, H.vU[2 * s]))
      H.vU[2 * s] = id; H.vU[2 * s + 1] = TAG_STR
      return id
    }
  }
  typeError(L, i, 'string')
}

/** Argument [i] as a string id, or [def] (a string id or -1) when absent/nil. */
export function optStr(L: LuaState, i: number, def: number): number {
  return argTag(L, i) === TAG_NIL ? def : checkStr(L, i)
}

/** Argument [i] must be a table; returns its id. */
export function checkTab(L: LuaState, i: number): number {
  if (argTag(L, i) !== TAG_TAB) typeError(L, i, 'table')
  return L.H.vU[2 * (L.base + i)]
}

/** Argument [i] must have tag [tag] (named [tname] in the message). */
export function checkTag(L: LuaState, i: number, tag: number, tname: string): number {
  if (argTag(L, i) !== tag) typeError(L, i, tname)
  return L.H.vU[2 * (L.base + i)]
}

// -- Pushing results ----------------------------------------------------------

/** Ensure room for [n] more pushes. */
export function pushRoom(L: LuaState, n: number): void {
  if (L.top + n + 1 > L.stackEnd) stackCheck(L, L.top, n + 1)
}

/** Push nil. */
export function pushNil(L: LuaState): void {
  const U = L.H.vU, t = L.top++
  U[2 * t] = PAYLOAD_NONE; U[2 * t + 1] = TAG_NIL
}

/** Push a boolean. */
export function pushBool(L: LuaState, b: boolean): void {
  const U = L.H.vU, t = L.top++
  U[2 * t] = PAYLOAD_NONE; U[2 * t + 1] = b ? TAG_TRUE : TAG_FALSE
}

/** Push a number (a JS NaN is below every tag, so it is stored as is). */
export function pushNum(L: LuaState, n: number): void {
  L.H.vF[L.top++] = n
}

/** Push object [id] with [tag]. */
export function pushObj(L: LuaState, tag: number, id: number): void {
  const U = L.H.vU, t = L.top++
  U[2 * t] = id; U[2 * t + 1] = tag
}

/** Push the JS string [s] (UTF-8 encoded). */
export function pushJS(L: LuaState, s: string): void {
  const id = strFromJS(L.H, s)
  pushObj(L, TAG_STR, id)
}

/** Push a copy of slot [s]. */
export function pushSlot(L: LuaState, s: number): void {
  const U = L.H.vU, t = L.top++
  U[2 * t] = U[2 * s]; U[2 * t + 1] = U[2 * s + 1]
}

// -- Conversions --------------------------------------------------------------

/** Pseudo address of an object for "table: 0x..." (stable per id). */
export function objAddr(tag: number, id: number): string {
  const a = (0x08000000 + ((~tag & 15) << 22) + id * 32) >>> 0
  return '0x' + a.toString(16).padStart(8, '0')
}

/** If slot [s] has __tostring, call it and push its (raw) first result;
 *  returns false without pushing otherwise (luaL_callmeta). */
export function toStringMeta(L: LuaState, s: number): boolean {
  const H = L.H
  const mm = metaOfSlot(L, s, MM.tostring)
  if (mm < 0) return false
  const f = L.top
  pushRoom(L, 4)
  const U = H.vU
  U[2 * f] = U[2 * mm]; U[2 * f + 1] = U[2 * mm + 1]
  U[2 * (f + 2)] = U[2 * s]; U[2 * (f + 2) + 1] = U[2 * s + 1]
  const n = vmCall(L, f, 1)
  const U2 = H.vU
  const r = L.top - n
  if (n > 0) { U2[2 * f] = U2[2 * r]; U2[2 * f + 1] = U2[2 * r + 1] } else { U2[2 * f] = PAYLOAD_NONE; U2[2 * f + 1] = TAG_NIL }
  L.top = f + 1
  return true
}

/** Lua tostring of slot [s] as a string id; calls __tostring (may run Lua). */
export function toStringSlot(L: LuaState, s: number): number {
  const H = L.H
  const hi = H.vU[2 * s + 1], lo = H.vU[2 * s]
  if (hi === TAG_STR) return lo
  if (hi < TAG_NUMX) return strFromJS(H, numToStrBits(hi, lo))
  const mm = metaOfSlot(L, s, MM.tostring)
  if (mm >= 0) {
    const f = L.top
    pushRoom(L, 4)
    const U = H.vU
    U[2 * f] = U[2 * mm]; U[2 * f + 1] = U[2 * mm + 1]
    U[2 * (f + 2)] = U[2 * s]; U[2 * (f + 2) + 1] = U[2 * s + 1]
    const n = vmCall(L, f, 1)
    const U2 = H.vU
    const r = L.top - n
    L.top = f
    if (n > 0 && U2[2 * r + 1] === TAG_STR) return U2[2 * r]
    if (n > 0 && U2[2 * r + 1] < TAG_NUMX) return strFromJS(H, numToStrBits(U2[2 * r + 1], U2[2 * r]))
    luaError(L, "'__tostring' must return a string")
  }
  return strFromJS(H, toStringRaw(L, hi, lo))
}

/** tostring of a non-string, non-number value without metamethods. */
export function toStringRaw(L: LuaState, hi: number, lo: number): string {
  if (hi < TAG_NUMX) return numToStrBits(hi, lo)
  switch (hi) {
    case TAG_NIL: return 'nil'
    case TAG_TRUE: return 'true'
    case TAG_FALSE: return 'false'
    case TAG_STR: return strToJS(L.H, lo)
    case TAG_FUNC:
      return 'function: ' + objAddr(hi, lo)
    default: return tagTypeName(hi) + ': ' + objAddr(hi, lo)
  }
}

/** Throw the Lua error value in slot [s]. */
export function throwSlot(L: LuaState, s: number): never {
  const U = L.H.vU
  const hi = U[2 * s + 1], lo = U[2 * s]
  throw new LuaThrow(hi, lo, hi === TAG_STR ? strToJS(L.H, lo) : toStringRaw(L, hi, lo))
}

// -- Registration -------------------------------------------------------------

/** Create a host closure for [fn] named [name] with [nup] upvalues. */
export function hostClosure(L: LuaState, fn: HostFn, name: string, nup: number): number {
  const H = L.H
  const idx = hostFnRegister(H, fn, name)
  return fnNewHost(H, idx, nup, H.globals)
}

/** Set field [name] of table [t] to a new host function [fn]; returns its id. */
export function setFunc(L: LuaState, t: number, name: string, fn: HostFn): number {
  const H = L.H
  const c = hostClosure(L, fn, name, 0)
  const k = strFromJS(H, name)
  const s = tabSetStr(H, t, k)
  H.vU[2 * s] = c; H.vU[2 * s + 1] = TAG_FUNC
  return c
}

/** Set field [name] of table [t] to the value (tag, id). */
export function setField(L: LuaState, t: number, name: string, tag: number, id: number): void {
  const H = L.H
  const s = tabSetStr(H, t, strFromJS(H, name))
  H.vU[2 * s] = id; H.vU[2 * s + 1] = tag
}

/** Set field [name] of table [t] to the number [n]. */
export function setFieldNum(L: LuaState, t: number, name: string, n: number): void {
  const H = L.H
  const s = tabSetStr(H, t, strFromJS(H, name))
  H.vF[s] = n
}

