// Protected calls from JS into Lua, with a traceback handler.
//
// Every API entry that runs Lua (run, call, get/set through metamethods,
// module loaders) goes through apiPCall, an xpcall whose handler captures
// the traceback while the failing stack is still intact. It builds the
// frames of state.ts's layout directly, since lua5.1's xpcall cannot pass
// arguments to the function:
//
//   slot f     handler closure   function of the protected frame (pb)
//   slot f+1   C link            back to the host caller (delta 0 at the
//                                bottom of a stack)
//   slot f+2   handler closure   pb: vmUnwind runs it with the error value
//   slot f+3   function g        the callee
//   slot f+4   XPCALL link       3 * 8 + FRAME_XPCALL (pb = f+2)
//   slot f+5.. arguments
//
// On success g's return goes through the XPCALL link (true is prepended)
// and the C link, leaving (true, results...) at f; on an error vmUnwind
// runs the handler and returns (false, value) from pb to f. Limit stops
// and foreign exceptions (os.exit) are not Lua errors: they propagate, and
// apiPCall closes the upvalues of the abandoned frames and restores L.
//
// When no Lua code is running (the engine is at rest) the call is placed at
// the very bottom of the main stack, over the engine's dummy frame (f =
// thStack), so that tracebacks end with one "[C]: ?" line, as lua5.1's do.
// Nested calls (a host function calling back into Lua) go at L.top.
import { TAG_FUNC, TAG_NIL, TAG_STR, TAG_TRUE, TAG_NUMX, PAYLOAD_NONE, tagTypeName } from '../../soa/value'
import { strToJS } from '../rt/str'
import { chunkId, MAXSRC } from '../front/chunkid'
import { uvClose } from '../rt/func'
import { numToStrBits } from '../rt/numfmt'
import { vmPrecall, stackCheck } from '../vm/call'
import { vmExecute } from '../vm/interp'
import { vmUnwind } from '../vm/unwind'
import { LuaLimitThrow } from '../vm/error'
import { LoadError } from '../vm/load'
import {
  FRAME_C, FRAME_XPCALL, LUAI_MAXCCALLS, LUA_MINSTACK, outFlush, type LuaState,
} from '../vm/state'
import type { EngineCore, ErrInfo, StringMode } from './core'
import { LuaError, LuaSyntaxError, LuaLimitError, errorMark, type LuaLimitKind } from './errors'
import { slotToJS, wordsToJS, jsToSlot } from './convert'
import { traceCapture } from './trace'
import { limitsEnter, limitsLeave } from './limits'

// -- Entry and exit ------------------------------------------------------------

/** Start an API entry (limits, [signal] and output flushing apply to the
 *  outermost). */
export function apiEnter(E: EngineCore, signal: AbortSignal | null = null): void {
  if (E.closed) throw new Error('LuaEngine is closed')
  if (E.depth++ === 0) {
    E.hostErr = null
    if (E.lim.any || signal !== null) limitsEnter(E, signal)
  }
}

/** End an API entry. */
export function apiLeave(E: EngineCore): void {
  if (--E.depth === 0) {
    if (E.cur !== null) limitsLeave(E)
    outFlush(E.L)
  }
}

/** Is no Lua code running (main thread, bottom frame, no host call)? */
function atRest(L: LuaState): boolean {
  return L.nCcalls === 0 && L.th === L.H.mainThread && L.base === L.H.thStack[L.th] + 2
}

/** Slot where a new protected call goes, with room for [nargs]. */
export function apiBase(E: EngineCore, nargs: number): number {
  const L = E.L, H = E.H
  const sb = H.thStack[L.th]
  const f = atRest(L) ? sb : L.top
  if (f + 5 + nargs + LUA_MINSTACK <= L.stackEnd) return f
  const rel = f - sb
  stackCheck(L, f, 5 + nargs + LUA_MINSTACK)
  return H.thStack[L.th] + rel
}

/** Undo apiBase after the call at [f] finished (results converted). */
export function apiRelease(E: EngineCore, f: number): void {
  const L = E.L, H = E.H
  const stack = H.thStack[L.th]
  if (f === stack && L.th === H.mainThread) {
    // Restore the dummy bottom frame.
    H.vU[2 * stack] = PAYLOAD_NONE; H.vU[2 * stack + 1] = TAG_NIL
    H.vF[stack + 1] = FRAME_C
    L.base = stack + 2
    L.top = stack + 2
    return
  }
  L.top = f
}

// -- The protected call ----------------------------------------------------------

/** Call the function in slot [f]+3 with [nargs] arguments at [f]+5.. under
 *  the traceback handler. Returns the result count at f (status first:
 *  true and the results, or false and the error value). Throws
 *  LuaLimitThrow and foreign exceptions. */
export function apiPCall(E: EngineCore, f: number, nargs: number): number {
  const L = E.L, H = E.H
  const sb = H.thStack[L.th]
  const baseRel = L.base - sb, fRel = f - sb
  const savedPc = L.pc
  let U = H.vU
  if (L.nCcalls >= LUAI_MAXCCALLS) {
    U[2 * f] = PAYLOAD_NONE; U[2 * f + 1] = 0xfffffffe
    jsToSlot(E, f + 1, 'C stack overflow')
    E.errInfo = null
    return 2
  }
  U[2 * f] = E.handlerFn; U[2 * f + 1] = TAG_FUNC
  H.vF[f + 1] = (f + 2 - L.base) * 8 + FRAME_C
  U[2 * (f + 2)] = E.handlerFn; U[2 * (f + 2) + 1] = TAG_FUNC
  H.vF[f + 4] = 3 * 8 + FRAME_XPCALL
  L.base = f + 5
  L.top = f + 5 + nargs
  L.nCcalls++
  try {
    try {
      const r = vmPrecall(L, f + 3, nargs)
      if (r === 1) { if (vmExecute(L) === 2) yieldOut(L) } else if (r === 2) yieldOut(L)
    } catch (e) {
      if (vmUnwind(L, e) === 0 && vmExecute(L) === 2) yieldOut(L)
    }
  } catch (e) {
    // Not a Lua error: abandon the frames above f.
    const s2 = H.thStack[L.th]
    uvClose(H, L.th, s2 + fRel)
    L.base = s2 + baseRel
    L.top = s2 + fRel
    L.pc = savedPc
    throw e
  } finally {
    L.nCcalls--
  }
  L.base = H.thStack[L.th] + baseRel
  L.pc = savedPc
  return L.nres
}

/** A yield reached a protected call (only the async driver resumes). */
function yieldOut(L: LuaState): never {
  L.yielding = 0
  throw new Error('tracelua: attempt to yield across a host call boundary')
}

/** Results of the protected call at [f] ([n] slots): the values, or throw
 *  the LuaError. */
export function apiResults(E: EngineCore, f: number, n: number, mode: StringMode): unknown[] {
  const U = E.H.vU
  if (U[2 * f + 1] === TAG_TRUE) {
    const out = new Array<unknown>(n - 1)
    for (let i = 1; i < n; i++) out[i - 1] = slotToJS(E, f + i, mode)
    return out
  }
  const info = E.errInfo
  E.errInfo = null
  throw errorFromLua(E, U[2 * (f + 1) + 1], U[2 * (f + 1)], info)
}

// -- Errors -------------------------------------------------------------------------

/** Text of error value ([hi], [lo]) for LuaError.message. */
function errText(E: EngineCore, hi: number, lo: number): string {
  if (hi === TAG_STR) return strToJS(E.H, lo)
  if (hi < TAG_NUMX) return numToStrBits(hi, lo)
  return '(error object is a ' + tagTypeName(hi) + ' value)'
}

/** The LuaError for error value ([hi], [lo]) with captured [info]. */
export function errorFromLua(E: EngineCore, hi: number, lo: number, info: ErrInfo | null): LuaError {
  const value = wordsToJS(E, hi, lo, E.strings)
  const e = new LuaError(errText(E, hi, lo), {
    value,
    traceback: info !== null ? info.traceback : '',
    frames: info !== null ? info.frames : [],
    cause: info !== null ? info.cause : undefined,
  })
  return errorMark(E, e)
}

/** The LuaLimitError for limit stop [t]. */
export function errorFromLimit(E: EngineCore, t: LuaLimitThrow): LuaLimitError {
  const info = E.limitInfo
  E.limitInfo = null
  const e = new LuaLimitError(t.kind as LuaLimitKind, t.message, {
    value: t.message,
    traceback: info !== null ? info.traceback : '',
    frames: info !== null ? info.frames : [],
    cause: info !== null ? info.cause : undefined,
  })
  errorMark(E, e)
  return e
}

/** The LuaSyntaxError for compile error [e] of chunk [chunkname]. */
export function errorFromLoad(E: EngineCore, e: LoadError, chunk: string): LuaSyntaxError {
  const s = new LuaSyntaxError(binToText(e.message), binToText(chunkId(chunk, MAXSRC)), e.line, e.column)
  errorMark(E, s)
  return s
}

/** A binary string (one char per byte, as the front end builds its
 *  messages) as text: its bytes decoded as UTF-8 when they are valid. */
function binToText(s: string): string {
  let wide = false
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) { wide = true; break }
  if (!wide) return s
  const b = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 255
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b)
  } catch {
    return s
  }
}

/** Translate an exception leaving the VM: limit stops become
 *  LuaLimitError; everything else is returned as is. */
export function errorFromThrow(E: EngineCore, e: unknown): unknown {
  if (e instanceof LuaLimitThrow) return errorFromLimit(E, e)
  return e
}

/** The traceback handler of protected calls (a HostFn): records the
 *  traceback, frames and host cause, returns the error value unchanged. */
export function handlerHost(E: EngineCore, L: LuaState): number {
  const H = L.H
  const has = L.top > L.base
  const hi = has ? H.vU[2 * L.base + 1] : TAG_NIL
  const lo = has ? H.vU[2 * L.base] : PAYLOAD_NONE
  const tb = traceCapture(L, 1)
  const he = E.hostErr
  const cause = he !== null && he.hi === hi && he.lo === lo ? he.cause : undefined
  E.hostErr = null
  E.errInfo = { traceback: tb.text, frames: tb.frames, cause }
  const t = L.top++
  H.vU[2 * t] = lo; H.vU[2 * t + 1] = hi
  return 1
}

// -- Calling a value ----------------------------------------------------------------

/** Call Lua value ([hi], [lo]) with JS [args]; all results as JS values.
 *  Throws LuaError / LuaLimitError. */
export function apiCallValue(E: EngineCore, hi: number, lo: number, args: readonly unknown[],
  mode: StringMode, signal: AbortSignal | null = null): unknown[] {
  apiEnter(E, signal)
  const L = E.L, H = E.H
  const n = args.length
  let f = apiBase(E, n)
  const rel = f - H.thStack[L.th]
  try {
    const U = H.vU
    U[2 * (f + 3)] = lo; U[2 * (f + 3) + 1] = hi
    for (let i = 0; i < n; i++) jsToSlot(E, f + 5 + i, args[i])
    const nr = apiPCall(E, f, n)
    f = H.thStack[L.th] + rel
    return apiResults(E, f, nr, mode)
  } catch (e) {
    throw errorFromThrow(E, e)
  } finally {
    apiRelease(E, H.thStack[L.th] + rel)
    apiLeave(E)
  }
}
