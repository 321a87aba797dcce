// The string library (lstrlib): byte-level functions, registration and the
// string metatable. Pattern functions live in string_match.ts, format in
// string_format.ts, dump in string_dump.ts.
//
// Strings are byte strings in H.strData (src/rt/str.ts). Every function here
// works on bytes: results are built in the heap's byte builder (H.sbBuf) or
// interned directly from a range of H.strData, never through JS strings.
//
// Integer arguments follow lua5.1 on x86-64 exactly:
//   luaL_checkinteger  (lua_Integer)(double): truncation toward zero; NaN and
//                      values outside [-2^63, 2^63) become -2^63 (cvttsd2si's
//                      "integer indefinite"), so sub("abc", 2, 1e300) is "";
//   luaL_checkint      (int) of that: the low 32 bits (ToInt32), so
//                      rep("x", 2^40) is "" and char(2^32 + 65) is "A".
// Positions are relative as in 5.1's posrelat: negative counts from the end,
// and anything below -len becomes 0.
import { TAG_STR, TAG_TAB, TAG_NIL, TAG_FUNC } from '../../soa/value'
import { strIntern, sbReset, sbPutBytes, sbPutByte, sbToStr } from '../rt/str'
import { tabNew } from '../rt/tab'
import {
  argCount, argError, checkNum, checkStr, argTag, pushNum, pushObj, pushRoom, setFunc, setField,
} from '../vm/aux'
import { luaError } from '../vm/debug'
import { LuaThrow } from '../vm/error'
import type { LuaState } from '../vm/state'
import { strFind, strMatch, strGmatch, strGsub, gmatchRegister } from './string_match'
import { strFormat } from './string_format'
import { strDump } from './string_dump'

// -- Integer arguments --------------------------------------------------------

/** -2^63: what x86-64 gives for a double that does not fit an int64. */
const INT64_MIN = -9223372036854775808

/** (lua_Integer)[n] as lua5.1 on x86-64 computes it (see the file header). */
export function luaInteger(n: number): number {
  if (n >= INT64_MIN && n < 9223372036854775808) return n >= 0 ? Math.floor(n) : -Math.floor(-n)
  return INT64_MIN
}

/** luaL_checkinteger: argument [i] as a lua_Integer. */
export function argInteger(L: LuaState, i: number): number {
  return luaInteger(checkNum(L, i))
}

/** luaL_optinteger: argument [i] as a lua_Integer, [def] when none/nil. */
export function optInteger(L: LuaState, i: number, def: number): number {
  return argTag(L, i) === TAG_NIL ? def : luaInteger(checkNum(L, i))
}

/** luaL_checkint: argument [i] as a C int (low 32 bits). */
export function argCInt(L: LuaState, i: number): number {
  return luaInteger(checkNum(L, i)) | 0
}

/** 5.1 posrelat: relative position [pos] in a string of length [len]. */
export function posrelat(pos: number, len: number): number {
  if (pos < 0) pos += len + 1
  return pos >= 0 ? pos : 0
}

// -- Size limit -----------------------------------------------------------------

/** Largest string a library function builds (bytes). */
export const STR_MAX_LEN = 0x3fffffff

/**
 * Size-limit hook: called before a library function builds a string of
 * [n] bytes. LIMIT HOOK: a memory limit of the embedding (sandbox quota)
 * plugs in here; today only STR_MAX_LEN is enforced, raising 5.1's
 * out-of-memory error (the bare message "not enough memory", no position).
 */
export function strSizeCheck(L: LuaState, n: number): void {
  if (n > STR_MAX_LEN) {
    throw new LuaThrow(TAG_STR, strIntern(L.H, MEM_MSG, 0, MEM_MSG.length), 'not enough memory')
  }
}
const MEM_MSG = new TextEncoder().encode('not enough memory')

/** Push the [len] bytes of H.strData at [off] as a new string. */
function pushDataRange(L: LuaState, off: number, len: number): void {
  const H = L.H
  const id = strIntern(H, H.strData, off, len)
  pushObj(L, TAG_STR, id)
}

// -- Functions ------------------------------------------------------------------

/** string.len(s) */
function strLenFn(L: LuaState): number {
  const s = checkStr(L, 0)
  pushNum(L, L.H.strLen[s])
  return 1
}

/** string.sub(s, i [, j]) */
function strSub(L: LuaState): number {
  const H = L.H
  const s = checkStr(L, 0)
  const l = H.strLen[s]
  let start = posrelat(argInteger(L, 1), l)
  let end = posrelat(optInteger(L, 2, -1), l)
  if (start < 1) start = 1
  if (end > l) end = l
  if (start > end) { pushDataRange(L, 0, 0); return 1 }
  if (start === 1 && end === l) { pushObj(L, TAG_STR, s); return 1 }
  pushDataRange(L, H.strOff[s] + start - 1, end - start + 1)
  return 1
}

/** string.reverse(s) */
function strReverse(L: LuaState): number {
  const H = L.H
  const s = checkStr(L, 0)
  const l = H.strLen[s]
  sbReset(H)
  sbPutBytes(H, H.strData, H.strOff[s], l)
  const b = H.sbBuf
  for (let i = 0, j = l - 1; i < j; i++, j--) { const t = b[i]; b[i] = b[j]; b[j] = t }
  pushObj(L, TAG_STR, sbToStr(H))
  return 1
}

/** string.lower(s) */
function strLower(L: LuaState): number {
  const H = L.H
  const s = checkStr(L, 0)
  const l = H.strLen[s]
  sbReset(H)
  sbPutBytes(H, H.strData, H.strOff[s], l)
  const b = H.sbBuf
  for (let i = 0; i < l; i++) { const c = b[i]; if (c >= 65 && c <= 90) b[i] = c + 32 }
  pushObj(L, TAG_STR, sbToStr(H))
  return 1
}

/** string.upper(s) */
function strUpper(L: LuaState): number {
  const H = L.H
  const s = checkStr(L, 0)
  const l = H.strLen[s]
  sbReset(H)
  sbPutBytes(H, H.strData, H.strOff[s], l)
  const b = H.sbBuf
  for (let i = 0; i < l; i++) { const c = b[i]; if (c >= 97 && c <= 122) b[i] = c - 32 }
  pushObj(L, TAG_STR, sbToStr(H))
  return 1
}

/** string.rep(s, n): built by doubling the builder's contents. */
function strRep(L: LuaState): number {
  const H = L.H
  const s = checkStr(L, 0)
  const n = argCInt(L, 1)
  const l = H.strLen[s]
  if (n <= 0 || l === 0) { pushDataRange(L, 0, 0); return 1 }
  if (n === 1) { pushObj(L, TAG_STR, s); return 1 }
  const total = l * n
  strSizeCheck(L, total)
  sbReset(H)
  if (l === 1) {
    const c = H.strData[H.strOff[s]]
    for (let i = 0; i < 16 && i < total; i++) sbPutByte(H, c)
  } else sbPutBytes(H, H.strData, H.strOff[s], l)
  // Doubling: copy the first min(have, total - have) bytes onto the end.
  while (H.sbN < total) {
    const have = H.sbN
    const k = have < total - have ? have : total - have
    sbPutBytes(H, H.sbBuf, 0, k) // reads the old buffer if this one grows
  }
  pushObj(L, TAG_STR, sbToStr(H))
  return 1
}

/** string.byte(s [, i [, j]]) */
function strByteFn(L: LuaState): number {
  const H = L.H
  const s = checkStr(L, 0)
  const l = H.strLen[s]
  let posi = posrelat(optInteger(L, 1, 1), l)
  let pose = posrelat(optInteger(L, 2, posi), l)
  if (posi <= 0) posi = 1
  if (pose > l) pose = l
  if (posi > pose) return 0
  const n = pose - posi + 1
  // lua_checkstack: at most LUAI_MAXCSTACK (8000) slots above the base.
  if (n + argCount(L) > 8000) luaError(L, 'stack overflow (string slice too long)')
  pushRoom(L, n)
  const o = H.strOff[s] + posi - 1
  const F = H.vF, d = H.strData
  let t = L.top
  for (let i = 0; i < n; i++) F[t++] = d[o + i]
  L.top = t
  return n
}

/** string.char(...) */
function strChar(L: LuaState): number {
  const H = L.H
  const n = argCount(L)
  sbReset(H)
  for (let i = 0; i < n; i++) {
    const c = argCInt(L, i)
    if ((c & 255) !== c) argError(L, i, 'invalid value')
    sbPutByte(H, c)
  }
  pushObj(L, TAG_STR, sbToStr(H))
  return 1
}

// -- Registration ---------------------------------------------------------------

/** Open the string library and set the string metatable (__index = string). */
export function openString(L: LuaState): void {
  const H = L.H
  const t = tabNew(H, 0, 16)
  setField(L, H.globals, 'string', TAG_TAB, t)
  setFunc(L, t, 'byte', strByteFn)
  setFunc(L, t, 'char', strChar)
  setFunc(L, t, 'dump', strDump)
  setFunc(L, t, 'find', strFind)
  setFunc(L, t, 'format', strFormat)
  const gm = setFunc(L, t, 'gmatch', strGmatch)
  gmatchRegister(H)
  // lua5.1 is built with LUA_COMPAT_GFIND: gfind is the gmatch function.
  setField(L, t, 'gfind', TAG_FUNC, gm)
  setFunc(L, t, 'gsub', strGsub)
  setFunc(L, t, 'len', strLenFn)
  setFunc(L, t, 'lower', strLower)
  setFunc(L, t, 'match', strMatch)
  setFunc(L, t, 'rep', strRep)
  setFunc(L, t, 'reverse', strReverse)
  setFunc(L, t, 'sub', strSub)
  setFunc(L, t, 'upper', strUpper)
  // The metatable shared by all strings (TYPE_NAMES index 4 = 'string').
  const mt = tabNew(H, 0, 1)
  setField(L, mt, '__index', TAG_TAB, t)
  H.typeMeta[4] = mt
}
