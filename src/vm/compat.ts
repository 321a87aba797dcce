// Lua 5.1 compatibility the LuaJIT-style core leaves out: the implicit
// `arg` table of vararg functions (LUA_COMPAT_VARARG) and per-thread
// globals tables.
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
import { gcPin, gcUnpin } from '../rt/gc'
import { CO_DEAD, type LuaState } from './state'

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

// -- Per-thread globals -------------------------------------------------------
//
// In 5.1 every thread has its own globals table (setfenv(0, t) changes the
// running thread's only; a new coroutine starts with its creator's). The
// heap has one H.globals, the running thread's: coroutine resume and yield
// call thEnvSwitch, which parks the leaving thread's table here (pinned so
// the collector keeps it) and brings back the entering thread's. A thread
// that finished drops its entry.

const envs = new WeakMap<LuaState, Map<number, number>>()

/** The parked-globals map of [L]. */
function envMap(L: LuaState): Map<number, number> {
  let m = envs.get(L)
  if (m === undefined) { m = new Map(); envs.set(L, m) }
  return m
}

/** Park table [t] as thread [th]'s globals (replacing the previous one). */
function envPark(L: LuaState, m: Map<number, number>, th: number, t: number): void {
  const old = m.get(th)
  if (old === t) return
  if (old !== undefined) gcUnpin(L.H, TAG_TAB, old)
  gcPin(L.H, TAG_TAB, t)
  m.set(th, t)
}

/** A new coroutine [co] starts with the running thread's globals. */
export function thEnvInherit(L: LuaState, co: number): void {
  envPark(L, envMap(L), co, L.H.globals)
}

/** The running thread changes from [from] to [to] (L.th is already [to]). */
export function thEnvSwitch(L: LuaState, from: number, to: number): void {
  const m = envs.get(L)
  if (m === undefined) return
  const H = L.H
  if (H.thStatus[from] === CO_DEAD) {
    const old = m.get(from)
    if (old !== undefined) { gcUnpin(H, TAG_TAB, old); m.delete(from) }
  } else envPark(L, m, from, H.globals)
  const g = m.get(to)
  if (g !== undefined) H.globals = g
}

/** Globals table of thread [th] (debug.getfenv of a thread). */
export function thEnvGet(L: LuaState, th: number): number {
  if (th === L.th) return L.H.globals
  const g = envs.get(L)?.get(th)
  return g !== undefined ? g : L.H.globals
}

/** Set thread [th]'s globals to [t] (debug.setfenv of a thread). */
export function thEnvSet(L: LuaState, th: number, t: number): void {
  if (th === L.th) { L.H.globals = t; return }
  envPark(L, envMap(L), th, t)
}
