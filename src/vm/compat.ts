// Lua 5.1 compatibility the LuaJIT-style core leaves out: the implicit
// `arg` table of vararg functions (LUA_COMPAT_VARARG).
//
// In 5.1 every vararg function `function f(a, ...)` has a hidden local
// `arg` right after its fixed parameters. When the body never mentions
// `...` (the parser leaves PROTO_NEEDSARG set), the call fills it with a
// table of the extra arguments and their count:
//
//   f(1, 2, 3)   a = 1, arg = { 2, 3, n = 2 }
//
// When the body uses `...` there is no `arg` local (the parser looks ahead,
// src/front/argscan.ts), so those functions compile as in LuaJIT.
// vmPrecall's vararg path calls varargArg after moving the fixed
// parameters up (state.ts: FRAME_VARG layout), so the extra arguments are
// still in place at their original slots.
import { PROTO_NEEDSARG } from '../../soa/proto'
import { TAG_TAB } from '../../soa/value'
import { tabNew, tabSetInt, tabSetStr } from '../rt/tab'
import { strFromJS } from '../rt/str'
import type { LuaState } from './state'

/** Fill register [np] (the `arg` local) of the vararg frame at [nb] for
 *  proto [p], called with [nargs] arguments that start at slot [args]. */
export function varargArg(L: LuaState, p: number, nb: number, args: number, nargs: number, np: number): void {
  const H = L.H
  if ((H.ptFlags[p] & PROTO_NEEDSARG) === 0) return
  const nv = nargs > np ? nargs - np : 0
  const t = tabNew(H, nv, 1)
  for (let i = 0; i < nv; i++) {
    const d = tabSetInt(H, t, i + 1)
    const U = H.vU
    U[2 * d] = U[2 * (args + np + i)]; U[2 * d + 1] = U[2 * (args + np + i) + 1]
  }
  const d = tabSetStr(H, t, strFromJS(H, 'n'))
  H.vF[d] = nv
  const U = H.vU
  U[2 * (nb + np)] = t; U[2 * (nb + np) + 1] = TAG_TAB
}
