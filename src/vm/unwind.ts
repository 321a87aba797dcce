// Error unwinding: from a LuaThrow to the nearest pcall/xpcall frame.
//
// The dispatch loop catches every exception. vmUnwind walks the frame
// links down from L.base; the walk stops at the first FRAME_C link (the
// host caller that started this dispatch loop: the error is rethrown to
// it) or at a FRAME_PCALL/FRAME_XPCALL link. For xpcall the handler runs
// first, on top of the intact stack (so debug.traceback sees where the
// error happened), and its result replaces the error value. Then open
// upvalues above the pcall frame are closed and (false, error) is returned
// from the pcall frame as if it were a normal return.
import { TAG_FALSE, TAG_STR, PAYLOAD_NONE } from '../../soa/value'
import { strFromJS } from '../rt/str'
import { uvClose } from '../rt/func'
import { LuaThrow, LuaLimitThrow } from './error'
import { vmReturn, vmCall } from './call'
import { traceback, frameProto, linkPcPush, linkPcPop, linkPlain } from './debug'
import { FRAME_C, FRAME_CONT, FRAME_LUA, FRAME_PCALL, FRAME_VARG, FRAME_XPCALL, STACK_MAX, STACK_EXTRA, type LuaState } from './state'

/** Turn a foreign JS exception into a LuaThrow (stack exhaustion becomes
 *  Lua's "stack overflow"; limit stops and internal errors propagate). */
export function toLuaThrow(L: LuaState, e: unknown): LuaThrow {
  if (e instanceof LuaThrow) return e
  if (e instanceof LuaLimitThrow) throw e
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    const msg = 'stack overflow'
    return new LuaThrow(TAG_STR, strFromJS(L.H, msg), msg)
  }
  if (e instanceof RangeError && /typed array length|buffer allocation|array length/i.test(e.message)) {
    // The host could not grow an arena: Lua's memory error.
    const msg = 'not enough memory'
    return new LuaThrow(TAG_STR, strFromJS(L.H, msg), msg)
  }
  throw e
}

/** Handle exception [e] thrown inside the dispatch loop. Returns 0 to
 *  continue the loop at L.base/L.pc, 1 if the unwinding pcall frame
 *  returned to a host caller; rethrows when no pcall frame is in reach. */
export function vmUnwind(L: LuaState, e: unknown): number {
  const err = toLuaThrow(L, e)
  const H = L.H
  const bottom = H.thStack[L.th] + 2
  let b = L.base
  let ty = -1
  let delta = 0
  while (b >= bottom) {
    const link = linkPlain(H.vF[b - 1])
    const t = link & 7
    if (t === FRAME_LUA) { b = b - 2 - ((H.bc[link / 8 - 1] >>> 8) & 0xff); continue }
    delta = (link - t) / 8
    if (t === FRAME_C) break
    if (t === FRAME_PCALL || t === FRAME_XPCALL) { ty = t; break }
    if (t === FRAME_VARG || t === FRAME_CONT) { b -= delta; continue }
    b -= delta
  }
  if (ty < 0) {
    // Uncaught at this level: keep the traceback of where it happened.
    if (err.traceback === '') err.traceback = traceback(L, 0)
    throw err
  }
  let pb = b - delta
  let hi = err.hi, lo = err.lo
  if (ty === FRAME_XPCALL) {
    // Run the handler (slot pb) with the error value above everything live.
    let top = L.top > L.base ? L.top : L.base
    top += 2
    const U = H.vU
    U[2 * top] = U[2 * pb]; U[2 * top + 1] = U[2 * pb + 1]
    U[2 * (top + 2)] = lo; U[2 * (top + 2) + 1] = hi
    const pbRel = pb - H.thStack[L.th]
    const lua = frameProto(L, L.base) !== 0
    if (lua) linkPcPush(L, L.base, L.pc - 1) // the handler's traceback sees the error line
    try {
      const n = vmCall(L, top, 1)
      const U2 = H.vU
      const r = L.top - n
      if (n > 0) { lo = U2[2 * r]; hi = U2[2 * r + 1] } else { lo = PAYLOAD_NONE; hi = 0xffffffff }
    } catch (e2) {
      const t2 = toLuaThrow(L, e2)
      void t2
      const msg = 'error in error handling'
      lo = strFromJS(H, msg); hi = TAG_STR
    } finally {
      if (lua) linkPcPop(L)
    }
    pb = H.thStack[L.th] + pbRel // the handler may have grown (moved) the stack
  }
  uvClose(H, L.th, pb)
  // A stack overflow opened the error reserve above STACK_MAX: close it
  // again so the next overflow has the reserve for its handler (5.1's
  // restore_stack_limit).
  const lim = H.thStack[L.th] + STACK_MAX
  if (L.stackEnd > lim && pb + STACK_EXTRA < lim) L.stackEnd = lim
  const U = H.vU
  U[2 * pb] = PAYLOAD_NONE; U[2 * pb + 1] = TAG_FALSE
  U[2 * (pb + 1)] = lo; U[2 * (pb + 1) + 1] = hi
  // The pcall frame's own link is intact at pb-1: return through it.
  L.base = pb
  return vmReturn(L, pb, pb, 2)
}
