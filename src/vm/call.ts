// Calls and returns: frame setup, result delivery, continuation frames,
// host->Lua calls and stack growth.
//
// No Lua-to-Lua call, metamethod call or pcall recurses on the JS stack.
// vmPrecall sets up a frame and, for a Lua callee, leaves L.base/L.pc at
// its first instruction for the dispatch loop to continue; a host callee
// runs at once and its results go through vmReturn like a Lua RET. vmReturn
// follows the frame link (state.ts) and delivers results to the caller:
// into the registers of a Lua caller (padding to the wanted count or setting
// L.multres), through a continuation (CONT_*) for metamethods, with `true`
// prepended for pcall, or back to a host caller (FRAME_C), which ends the
// dispatch loop that vmCall started. Only host->Lua calls (vmCall) nest JS
// stack frames, bounded by LUAI_MAXCCALLS.
import { PROTO_VARARG } from '../../soa/proto'
import { TAG_FUNC, TAG_NIL, TAG_FALSE, PAYLOAD_NONE, TAG_TRUE } from '../../soa/value'
import { thGrow } from '../rt/thread'
import { rtError, luaError, varDesc, funcNameOfFrame, nameOut, linkPlain } from './debug'
import { LuaThrow } from './error'
import { MM } from '../../soa/bc'
import { metaOf, metaSlot, typeName } from './meta'
import {
  CONT_CAT, CONT_CAT_SHIFT, CONT_CONDF, CONT_CONDT, CONT_NOP, CONT_RA, CONT_RET,
  FRAME_C, FRAME_CONT, FRAME_LUA, FRAME_PCALL, FRAME_VARG, FRAME_XPCALL,
  LUAI_MAXCCALLS, LUA_MINSTACK, STACK_EXTRA, STACK_MAX, STACK_ERR_RESERVE, type LuaState,
} from './state'
import { vmExecute } from './interp'
import { vmConcat } from './meta'
import { varargArg } from './compat'
import { hookCall, hookRet } from './hook'

/** Make room for [need] more slots above [top]; returns the slot delta the
 *  stack moved by (0 if it did not). Raises "stack overflow" past STACK_MAX. */
export function stackCheck(L: LuaState, top: number, need: number): number {
  if (top + need <= L.stackEnd) return 0
  const H = L.H
  const th = L.th
  const used = top + need - H.thStack[th]
  if (used > STACK_MAX) {
    // Open the reserve above STACK_MAX so error handlers have room, then
    // raise. Past the reserve, raise without growing.
    if (used <= STACK_MAX + STACK_ERR_RESERVE) {
      if (H.thSize[th] < STACK_MAX + STACK_ERR_RESERVE) {
        const d = thGrow(H, th, STACK_MAX + STACK_ERR_RESERVE)
        L.base += d
        L.top += d
      }
      L.stackEnd = H.thStack[th] + H.thSize[th]
    }
    rtError(L, 'stack overflow')
  }
  let size = H.thSize[th] * 2
  if (size < used + LUA_MINSTACK) size = used + LUA_MINSTACK
  if (size > STACK_MAX) size = STACK_MAX
  const delta = thGrow(H, th, size)
  L.base += delta
  L.top += delta
  // thGrow may allocate more than asked: frames stop at STACK_MAX so that
  // the reserve above it stays free for error handlers.
  L.stackEnd = H.thStack[th] + (H.thSize[th] < STACK_MAX ? H.thSize[th] : STACK_MAX)
  return delta
}

/** Call the value in slot [f] with [nargs] args at f+2.. whose link (slot
 *  f+1) the caller has written. Lua callee: sets L.base/L.pc, returns 1.
 *  Host callee: runs it and delivers results: returns 0 to continue in the
 *  Lua caller, 3 when the results went to a host caller (FRAME_C), or 2 if
 *  it yielded (L.yielding set, values below L.top). */
export function vmPrecall(L: LuaState, f: number, nargs: number): number {
  const H = L.H
  let U = H.vU
  if (U[2 * f + 1] !== TAG_FUNC) {
    f = callMeta(L, f, nargs)
    nargs++
    U = H.vU
  }
  const fn = U[2 * f]
  const p = H.fnProto[fn]
  let base = f + 2
  if (p !== 0) {
    const fs = H.ptFrameSize[p]
    if (base + nargs + fs + STACK_EXTRA + 2 > L.stackEnd) {
      L.base = base
      const d = stackCheck(L, base + nargs, fs + STACK_EXTRA + 2)
      base += d
      f += d
      U = H.vU
    }
    const np = H.ptNumParams[p]
    if ((H.ptFlags[p] & PROTO_VARARG) !== 0) {
      const nb = base + nargs + 2
      U[2 * (nb - 2)] = U[2 * f]
      U[2 * (nb - 2) + 1] = TAG_FUNC
      H.vF[nb - 1] = (nb - base) * 8 + FRAME_VARG
      for (let i = 0; i < np; i++) {
        const d = 2 * (nb + i)
        if (i < nargs) {
          const s = 2 * (base + i)
          U[d] = U[s]; U[d + 1] = U[s + 1]
          U[s] = PAYLOAD_NONE; U[s + 1] = TAG_NIL
        } else { U[d] = PAYLOAD_NONE; U[d + 1] = TAG_NIL }
      }
      varargArg(L, p, nb, base, nargs, np) // 5.1 `arg` (compat.ts)
      U = H.vU
      base = nb
    } else {
      for (let i = nargs; i < np; i++) { U[2 * (base + i)] = PAYLOAD_NONE; U[2 * (base + i) + 1] = TAG_NIL }
    }
    L.base = base
    L.top = base + fs
    L.pc = H.ptBc[p] + 1
    if ((L.budget -= H.ptSizeBc[p]) < 0) L.onBudget(L)
    if (L.hookOn[0] !== 0) hookCall(L) // debug call hook (hook.ts)
    return 1
  }
  if (fn === L.pcallFn || fn === L.xpcallFn) {
    if (L.hookOn[0] !== 0) { L.base = base; L.top = base + nargs; f += hookCall(L) } // debug call hook (hook.ts)
    return pcallSetup(L, f, nargs, fn === L.xpcallFn)
  }
  // Host function.
  L.base = base
  L.top = base + nargs
  if (L.top + LUA_MINSTACK > L.stackEnd) stackCheck(L, L.top, LUA_MINSTACK)
  if (L.hookOn[0] !== 0) hookCall(L) // debug call hook (hook.ts)
  const n = H.hostFns[H.fnHost[fn]](L)
  if (L.yielding !== 0) return 2
  return vmReturn(L, L.base, L.top - n, n) === 0 ? 0 : 3
}

/** pcall(g, ...) / xpcall(g, h) called from slot [f]: build the pcall
 *  frame (state.ts) and call g in it. */
function pcallSetup(L: LuaState, f: number, nargs: number, x: boolean): number {
  const H = L.H
  if (nargs < (x ? 2 : 1)) {
    L.base = f + 2
    L.top = f + 2 + nargs
    const kind = funcNameOfFrame(L, L.base)
    luaError(L, 'bad argument #' + (x ? 2 : 1) + " to '" + (kind !== null ? nameOut : '?') + "' (value expected)")
  }
  if (f + 2 + nargs + 4 > L.stackEnd) {
    const d = stackCheck(L, f + 2 + nargs, 4 + LUA_MINSTACK)
    f += d
  }
  const U = H.vU
  if (!x) {
    // [pcall][link][g][a1..] -> [pcall][link][g][PCALL link][a1..]
    for (let i = f + 1 + nargs; i >= f + 3; i--) { U[2 * (i + 1)] = U[2 * i]; U[2 * (i + 1) + 1] = U[2 * i + 1] }
    H.vF[f + 3] = 2 * 8 + FRAME_PCALL
    L.base = f + 4 // errors calling g belong to the pcall frame
    return vmPrecall(L, f + 2, nargs - 1)
  }
  // [xpcall][link][g][h] -> [xpcall][link][h][g][XPCALL link]
  const g0 = U[2 * (f + 2)], g1 = U[2 * (f + 2) + 1]
  U[2 * (f + 2)] = U[2 * (f + 3)]; U[2 * (f + 2) + 1] = U[2 * (f + 3) + 1]
  U[2 * (f + 3)] = g0; U[2 * (f + 3) + 1] = g1
  H.vF[f + 4] = 3 * 8 + FRAME_XPCALL
  L.base = f + 5
  return vmPrecall(L, f + 3, 0)
}

/** Replace the non-function in slot [f] by its __call metamethod, shifting
 *  the [nargs] arguments up by one; returns the (same) function slot. */
export function callMeta(L: LuaState, f: number, nargs: number): number {
  const H = L.H
  const U = H.vU
  const mt = metaOf(L, U[2 * f + 1], U[2 * f])
  const mm = mt !== 0 ? metaSlot(L, mt, MM.call) : -1
  if (mm < 0 || U[2 * mm + 1] !== TAG_FUNC) {
    const desc = f >= L.base && frameIsLua(L) ? varDesc(L, f - L.base) : ''
    const tn = typeName(U[2 * f + 1])
    rtError(L, desc !== '' ? 'attempt to call ' + desc + ' (a ' + tn + ' value)' : 'attempt to call a ' + tn + ' value')
  }
  if (f + 3 + nargs > L.stackEnd) stackCheck(L, f + 3 + nargs, LUA_MINSTACK)
  const U2 = H.vU
  for (let i = f + 1 + nargs; i >= f + 2; i--) { U2[2 * (i + 1)] = U2[2 * i]; U2[2 * (i + 1) + 1] = U2[2 * i + 1] }
  U2[2 * (f + 2)] = U2[2 * f]; U2[2 * (f + 2) + 1] = U2[2 * f + 1]
  U2[2 * f] = U2[2 * mm]; U2[2 * f + 1] = U2[2 * mm + 1]
  return f
}

/** Is the running frame (L.base) a Lua frame? */
function frameIsLua(L: LuaState): boolean {
  const U = L.H.vU
  return U[2 * (L.base - 2) + 1] === TAG_FUNC && L.H.fnProto[U[2 * (L.base - 2)]] !== 0
}

/** Deliver [n] results at slot [res] from the frame at [base] to its
 *  caller. Returns 0 to continue in a Lua frame (L.base/L.pc), 1 when the
 *  caller is a host (FRAME_C: results at base-2.., count in L.nres). */
export function vmReturn(L: LuaState, base: number, res: number, n: number): number {
  const H = L.H
  if (L.hookOn[0] !== 0) { const d = hookRet(L, base, res + n); base += d; res += d } // debug return hook (hook.ts)
  const F = H.vF
  let U = H.vU
  for (;;) {
    const link = linkPlain(F[base - 1]) // without the tail-call count (debug.ts)
    const t = link & 7
    if (t === FRAME_LUA) {
      const retpc = (link / 8) | 0
      const ins = H.bc[retpc - 1]
      const wanted = (ins >>> 24) - 1
      const dst = base - 2
      for (let i = 0; i < n; i++) {
        const d = 2 * (dst + i), s = 2 * (res + i)
        U[d] = U[s]; U[d + 1] = U[s + 1]
      }
      if (wanted < 0) L.multres = n
      else for (let i = n; i < wanted; i++) { U[2 * (dst + i)] = PAYLOAD_NONE; U[2 * (dst + i) + 1] = TAG_NIL }
      const cb = dst - ((ins >>> 8) & 0xff)
      L.base = cb
      L.pc = retpc
      L.top = cb + H.ptFrameSize[H.fnProto[U[2 * (cb - 2)]]]
      return 0
    }
    const delta = ((link - t) / 8) | 0
    if (t === FRAME_VARG) { base -= delta; continue }
    if (t === FRAME_C) {
      const dst = base - 2
      for (let i = 0; i < n; i++) {
        const d = 2 * (dst + i), s = 2 * (res + i)
        U[d] = U[s]; U[d + 1] = U[s + 1]
      }
      L.nres = n
      L.base = base
      L.top = dst + n
      return 1
    }
    if (t === FRAME_CONT) {
      const cb = base - delta
      const kind = F[base - 4] | 0
      if (kind === CONT_RET) { base = cb; continue }
      const rpc = F[base - 3] | 0
      const vlo = n > 0 ? U[2 * res] : PAYLOAD_NONE
      const vhi = n > 0 ? U[2 * res + 1] : TAG_NIL
      L.base = cb
      L.top = cb + H.ptFrameSize[H.fnProto[U[2 * (cb - 2)]]]
      const k = kind & ((1 << CONT_CAT_SHIFT) - 1)
      if (k === CONT_RA) {
        const a = cb + ((H.bc[rpc - 1] >>> 8) & 0xff)
        U[2 * a] = vlo; U[2 * a + 1] = vhi
        L.pc = rpc
      } else if (k === CONT_NOP) {
        L.pc = rpc
      } else if (k === CONT_CONDT || k === CONT_CONDF) {
        const truthy = vhi < TAG_FALSE
        if (truthy === (k === CONT_CONDT)) L.pc = rpc + 1 + ((H.bc[rpc] >>> 16) - 0x8000)
        else L.pc = rpc + 1
      } else if (k === CONT_CAT) {
        const pos = kind >> CONT_CAT_SHIFT
        const ins = H.bc[rpc - 1]
        const d = cb + pos
        U[2 * d] = vlo; U[2 * d + 1] = vhi
        L.pc = rpc
        const b = ins >>> 24
        if (pos > b) {
          if (vmConcat(L, b, pos) !== 0) return 0
          U = H.vU
        }
        const a = cb + ((ins >>> 8) & 0xff), s = cb + b
        U[2 * a] = U[2 * s]; U[2 * a + 1] = U[2 * s + 1]
      }
      return 0
    }
    // FRAME_PCALL / FRAME_XPCALL: prepend true in the dead slot below the
    // results (at least the callee's link slot), return from the pcall frame.
    res--
    U[2 * res] = PAYLOAD_NONE; U[2 * res + 1] = TAG_TRUE
    n++
    base -= delta
  }
}

/** Call metamethod slot [mm] with args from slots [a1], [a2] (and [a3]
 *  unless < 0) through a continuation frame of [kind] above the running Lua
 *  frame. Returns vmPrecall's code (the loop reloads L.base/L.pc). */
export function contCall(L: LuaState, kind: number, mm: number, a1: number, a2: number, a3: number): number {
  const H = L.H
  const p = H.fnProto[H.vU[2 * (L.base - 2)]]
  // STACK_EXTRA slots above every Lua frame hold the 4 + 3 slots needed.
  const top = L.base + H.ptFrameSize[p]
  const F = H.vF, U = H.vU
  const nb = top + 4
  F[top] = kind
  F[top + 1] = L.pc
  U[2 * (top + 2)] = U[2 * mm]; U[2 * (top + 2) + 1] = U[2 * mm + 1]
  F[top + 3] = (nb - L.base) * 8 + FRAME_CONT
  U[2 * nb] = U[2 * a1]; U[2 * nb + 1] = U[2 * a1 + 1]
  U[2 * (nb + 1)] = U[2 * a2]; U[2 * (nb + 1) + 1] = U[2 * a2 + 1]
  let nargs = 2
  if (a3 >= 0) { U[2 * (nb + 2)] = U[2 * a3]; U[2 * (nb + 2) + 1] = U[2 * a3 + 1]; nargs = 3 }
  return vmPrecall(L, top + 2, nargs)
}

/** Call the value in slot [f] (args at f+2 .. f+1+nargs) from host code.
 *  Results end at slot f.. f+L.nres-1 (L.top just past them); returns the
 *  count. Nests the dispatch loop; errors propagate as LuaThrow. */
export function vmCall(L: LuaState, f: number, nargs: number): number {
  const H = L.H
  const savedBase = L.base, savedPc = L.pc
  if (L.nCcalls >= LUAI_MAXCCALLS) {
    if (L.nCcalls >= LUAI_MAXCCALLS + (LUAI_MAXCCALLS >> 3)) throw new LuaThrow(TAG_NIL, PAYLOAD_NONE, 'C stack overflow')
    rtError(L, 'C stack overflow')
  }
  const stackBottom = H.thStack[L.th]
  const fRel = f - stackBottom, baseRel = savedBase - stackBottom
  H.vF[f + 1] = (f + 2 - savedBase) * 8 + FRAME_C
  L.nCcalls++
  try {
    const r = vmPrecall(L, f, nargs)
    if (r === 2) rtError(L, 'attempt to yield across metamethod/C-call boundary')
    if (r === 1) vmExecute(L)
  } catch (e) {
    // Unwinding continues in the caller's frames: point L back at them
    // (the stack above stays intact for an xpcall handler).
    const sb = H.thStack[L.th]
    if (L.top < L.base) L.top = L.base
    L.base = sb + baseRel
    L.pc = savedPc
    throw e
  } finally {
    L.nCcalls--
  }
  const sb = H.thStack[L.th]
  const n = L.nres
  L.base = sb + baseRel
  L.pc = savedPc
  L.top = sb + fRel + n
  return n
}

