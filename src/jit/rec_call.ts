// Inlined Lua calls and returns (lj_record.c rec_call / rec_ret).
//
// A CALL of a Lua closure does not leave the trace: the recorder guards the
// callee's prototype, pushes a virtual frame and goes on recording the
// callee's bytecode; the matching RET copies the results into the caller's
// registers and pops the frame. No IR is emitted for either beyond the
// guard: frames exist only in the slot map and, through it, in snapshots.
//
// Slot map across frames (FR2 numbering, slot 0 = the root's function):
//
//   caller:  ... | a: func | a+1: link | a+2: arg0 | arg1 | ... locals
//                            \                 \
//                             KNUM retpc*8      callee's baseslot = a + 2
//                             (TREF_FRAME)
//
// The link entry is a number constant holding the FR2 link the
// interpreter's CALL would store (the pc after the CALL, times 8): when an
// exit happens inside the callee, the snapshot writes it like every other
// slot and snapRestore moves L.base to the callee's frame, so the
// interpreter's stack is exactly what running the CALL would have made.
//
// Callee specialisation: the guard is FLOAD func.proto == K (the
// prototype, not the closure: closure ids are reused after collection and
// many closures share a prototype; upvalues and the environment are read
// through the function ref, so they stay per closure). A prototype inlined
// into a trace is pinned (FL_FIXED): its id is never reused, so the guard
// can never accept a different function that got the same id.
//
// Limits (LuaJIT's): at most J_MAXFRAME inlined frames, J_MAXSLOT slots
// across them, and a prototype may appear at most CALLUNROLL times on the
// frame stack (recursion aborts with "call unroll limit reached"). Vararg
// callees abort as NYI. Multiple results (CALL B = 0, RETM, CALLM) use
// J.multres, the result count the recorder saw, as the interpreter's
// L.multres: the bytecode pairs each producer with its consumer.
import { BC } from '../../soa/bc'
import { IR, IRT, IRT_GUARD, IRFL, TREF_FRAME, TREF_NIL, tref, trefRef } from '../../soa/ir'
import { FL_FIXED } from '../../soa/heap'
import { PROTO_NOJIT, PROTO_VARARG } from '../../soa/proto'
import { TAG_NIL, PAYLOAD_NONE } from '../../soa/value'
import { STACK_EXTRA, type LuaState } from '../vm/state'
import { J_MAXFRAME, J_MAXSLOT, type JitState } from './state'
import { kint, knum } from './ir'
import { foldEmit } from './fold'
import { TraceError, traceAbort } from './traceerr'
import { getSlot, setSlot } from './record'

/** Times one prototype may be on the inlined frame stack (callunroll). */
const CALLUNROLL = 3
/** Tail calls per trace (tail recursion is not a loop here yet). */
const TAILUNROLL = 8

/** Record CALL of the Lua closure in slot [a] with [nargs] arguments and
 *  [nres] wanted results; returns the callee's first pc. */
export function recLuaCall(J: JitState, L: LuaState, pc: number, a: number, nargs: number, nres: number): number {
  const H = L.H
  const fn = J.sU[2 * a]
  const p = H.fnProto[fn]
  const fl = H.ptFlags[p]
  if ((fl & PROTO_VARARG) !== 0) traceAbort(TraceError.NYIBC, 'FUNCV')
  if ((fl & PROTO_NOJIT) !== 0) traceAbort(TraceError.CJITOFF, '')
  const d = J.framedepth
  if (d >= J_MAXFRAME) traceAbort(TraceError.STACKOV, '')
  let same = J.pt === p ? 1 : 0
  for (let i = 0; i < d; i++) if (H.fnProto[J.frCl[i]] === p) same++
  if (same >= CALLUNROLL) traceAbort(TraceError.CUNROLL, '')

  const nb = a + 2
  const fs = H.ptFrameSize[p]
  if (nb + fs + 1 >= J_MAXSLOT) traceAbort(TraceError.STACKOV, '')
  // Guard the prototype (an invariant callee: LOOP hoists it).
  const ft = trefRef(getSlot(J, a))
  foldEmit(J, IR.EQ, IRT.INT | IRT_GUARD, foldEmit(J, IR.FLOAD, IRT.INT, ft, IRFL.FUNC_PROTO), kint(J, p))
  H.ptFlag[p] |= FL_FIXED
  // Push the virtual frame.
  J.frRetPc[d] = pc + 1
  J.frBase[d] = J.baseslot
  J.frCl[d] = J.cl
  J.frMaxslot[d] = J.maxslot
  J.frNres[d] = nres
  J.framedepth = d + 1
  const link = (pc + 1) * 8
  setSlot(J, a + 1, (tref(knum(J, link), IRT.NUM) | TREF_FRAME) >>> 0)
  J.sF[a + 1] = link
  const np = H.ptNumParams[p]
  for (let i = nargs; i < np; i++) {
    setSlot(J, nb + i, TREF_NIL)
    J.sU[2 * (nb + i)] = PAYLOAD_NONE; J.sU[2 * (nb + i) + 1] = TAG_NIL
  }
  // Registers above the arguments hold nothing the callee may read.
  for (let s = nb + (nargs > np ? nargs : np); s <= nb + fs; s++) { J.slot[s] = 0; J.slotMod[s] = 0 }
  J.baseslot = nb
  J.cl = fn
  J.pt = p
  J.kn = H.ptKnum[p]
  J.kg = H.ptKgc[p]
  J.maxslot = nb + fs
  const need = nb - 2 + fs + STACK_EXTRA + 2
  if (need > J.stackNeed) J.stackNeed = need
  return H.ptBc[p] + 1
}

/** Record CALLT of the Lua closure in slot [a] with [nargs] arguments
 *  from an inlined frame: the callee replaces the current frame (function
 *  and arguments move down to baseslot - 2, the frame link stays); returns
 *  the callee's first pc. */
export function recTailCall(J: JitState, L: LuaState, a: number, nargs: number): number {
  const H = L.H
  const fn = J.sU[2 * a]
  const p = H.fnProto[fn]
  const fl = H.ptFlags[p]
  if ((fl & PROTO_VARARG) !== 0) traceAbort(TraceError.NYIBC, 'FUNCV')
  if ((fl & PROTO_NOJIT) !== 0) traceAbort(TraceError.CJITOFF, '')
  if (++J.tailcalls > TAILUNROLL) traceAbort(TraceError.CUNROLL, '')
  const bs = J.baseslot
  const fs = H.ptFrameSize[p]
  if (bs + fs + 1 >= J_MAXSLOT) traceAbort(TraceError.STACKOV, '')
  const ftr = getSlot(J, a)
  foldEmit(J, IR.EQ, IRT.INT | IRT_GUARD, foldEmit(J, IR.FLOAD, IRT.INT, trefRef(ftr), IRFL.FUNC_PROTO), kint(J, p))
  H.ptFlag[p] |= FL_FIXED
  const sU = J.sU
  setSlot(J, bs - 2, ftr)
  sU[2 * (bs - 2)] = sU[2 * a]; sU[2 * (bs - 2) + 1] = sU[2 * a + 1]
  for (let i = 0; i < nargs; i++) {
    const s = a + 2 + i
    setSlot(J, bs + i, getSlot(J, s))
    sU[2 * (bs + i)] = sU[2 * s]; sU[2 * (bs + i) + 1] = sU[2 * s + 1]
  }
  const np = H.ptNumParams[p]
  for (let i = nargs; i < np; i++) {
    setSlot(J, bs + i, TREF_NIL)
    sU[2 * (bs + i)] = PAYLOAD_NONE; sU[2 * (bs + i) + 1] = TAG_NIL
  }
  const top = J.maxslot > bs + fs ? J.maxslot : bs + fs
  for (let s = bs + (nargs > np ? nargs : np); s <= top; s++) { J.slot[s] = 0; J.slotMod[s] = 0 }
  J.cl = fn
  J.pt = p
  J.kn = H.ptKnum[p]
  J.kg = H.ptKgc[p]
  J.maxslot = bs + fs
  const need = bs - 2 + fs + STACK_EXTRA + 2
  if (need > J.stackNeed) J.stackNeed = need
  return H.ptBc[p] + 1
}

/** Record RET/RET0/RET1 (op) of [d]-1 results from slot [a] of an inlined
 *  frame: results to the caller's CALL register, pop the frame; returns
 *  the caller's resume pc. */
export function recRet(J: JitState, L: LuaState, op: number, a: number, d: number): number {
  const H = L.H
  const n = op === BC.RET0 ? 0 : op === BC.RET1 ? 1 : op === BC.RETM ? d + J.multres : d - 1
  const dst = J.baseslot - 2
  const top = J.maxslot
  const k = J.framedepth - 1
  const wanted = J.frNres[k]
  const sU = J.sU
  // Results move down: dst < a, so copying upwards never overwrites a
  // result before it is read.
  for (let i = 0; i < n; i++) {
    const tr = getSlot(J, a + i)
    setSlot(J, dst + i, tr)
    sU[2 * (dst + i)] = sU[2 * (a + i)]; sU[2 * (dst + i) + 1] = sU[2 * (a + i) + 1]
  }
  for (let i = n; i < wanted; i++) {
    setSlot(J, dst + i, TREF_NIL)
    sU[2 * (dst + i)] = PAYLOAD_NONE; sU[2 * (dst + i) + 1] = TAG_NIL
  }
  if (wanted < 0) J.multres = n
  // The callee's registers are dead: forget them.
  for (let s = dst + (n > wanted ? n : wanted); s <= top; s++) { J.slot[s] = 0; J.slotMod[s] = 0 }
  J.framedepth = k
  J.baseslot = J.frBase[k]
  J.cl = J.frCl[k]
  J.pt = H.fnProto[J.cl]
  J.kn = H.ptKnum[J.pt]
  J.kg = H.ptKgc[J.pt]
  J.maxslot = J.frMaxslot[k]
  return J.frRetPc[k]
}
