// Helpers shared by the os, io, package and debug libraries: lauxlib's
// luaL_checkoption, liolib's pushresult, lua_getfield with __index from a
// host function, and access to a host closure's own upvalues.
import { TAG_NIL, TAG_STR, TAG_TAB, TAG_FUNC, PAYLOAD_NONE } from '../../soa/value'
import { MM } from '../../soa/bc'
import { strFromJS, strToJS, sbReset, sbPutStr, sbPutJS, sbToStr } from '../rt/str'
import { tabGetStr } from '../rt/tab'
import { argTag, argError, checkStr, pushNil, pushNum, pushObj, pushRoom } from '../vm/aux'
import { luaError } from '../vm/debug'
import { vmCall } from '../vm/call'
import { metaSlot } from '../vm/meta'
import { ERRNO_UNSUPPORTED, type HostIOError } from './hostio'
import type { LuaState } from '../vm/state'

/** Argument [i] as one of [names] (luaL_checkoption); [def] when absent
 *  (null: required). Returns the index in [names]. */
export function checkOption(L: LuaState, i: number, def: string | null, names: readonly string[]): number {
  let name: string
  if (def !== null && argTag(L, i) === TAG_NIL) name = def
  else name = strToJS(L.H, checkStr(L, i))
  for (let k = 0; k < names.length; k++) if (names[k] === name) return k
  argError(L, i, "invalid option '" + name + "'")
}

/** Push 5.1's failure triple for host error [e]: nil, "name: msg" (or
 *  "msg" when [nameId] < 0), errno. Unsupported operations raise. */
export function pushFail(L: LuaState, e: HostIOError, nameId: number): number {
  if (e.errno === ERRNO_UNSUPPORTED) luaError(L, e.message)
  const H = L.H
  pushRoom(L, 3)
  pushNil(L)
  if (nameId >= 0) {
    sbReset(H)
    sbPutStr(H, nameId)
    sbPutJS(H, ': ' + e.message)
    pushObj(L, TAG_STR, sbToStr(H))
  } else pushObj(L, TAG_STR, strFromJS(H, e.message))
  pushNum(L, e.errno)
  return 3
}

/** Push t[key] for table [t] (lua_getfield: __index tables and functions
 *  are followed). */
export function pushField(L: LuaState, t: number, key: string): void {
  pushFieldId(L, t, strFromJS(L.H, key))
}

/** Push t[k] for table [t] and string id [k], following __index. */
export function pushFieldId(L: LuaState, t: number, k: number): void {
  const H = L.H
  pushRoom(L, 6)
  for (let loop = 0; loop < 100; loop++) {
    const s = tabGetStr(H, t, k)
    const U = H.vU
    if (s >= 0 && U[2 * s + 1] !== TAG_NIL) {
      const d = L.top++
      U[2 * d] = U[2 * s]; U[2 * d + 1] = U[2 * s + 1]
      return
    }
    const mt = H.tabMeta[t]
    const mm = mt !== 0 ? metaSlot(L, mt, MM.index) : -1
    if (mm < 0) { pushNil(L); return }
    const mtag = U[2 * mm + 1]
    if (mtag === TAG_TAB) { t = U[2 * mm]; continue }
    if (mtag !== TAG_FUNC) { pushNil(L); return }
    // __index function: call it with (t, key) and keep its first result.
    const f = L.top
    const U2 = H.vU
    U2[2 * f] = U2[2 * mm]; U2[2 * f + 1] = TAG_FUNC
    U2[2 * (f + 2)] = t; U2[2 * (f + 2) + 1] = TAG_TAB
    U2[2 * (f + 3)] = k; U2[2 * (f + 3) + 1] = TAG_STR
    const n = vmCall(L, f, 2)
    const U3 = H.vU
    if (n > 0) { const r = L.top - n; U3[2 * f] = U3[2 * r]; U3[2 * f + 1] = U3[2 * r + 1] }
    else { U3[2 * f] = PAYLOAD_NONE; U3[2 * f + 1] = TAG_NIL }
    L.top = f + 1
    return
  }
  luaError(L, 'loop in gettable')
}

/** Arena slot of upvalue [i] of the running host closure. */
export function upvalSlot(L: LuaState, i: number): number {
  const H = L.H
  return H.fnUpv[H.vU[2 * (L.base - 2)]] + i
}
