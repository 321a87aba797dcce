// Trace trees: side traces, loop events while recording, links (lj_record.c
// rec_loop_interp/rec_loop_jit, lj_record_setup for side traces).
//
// A root trace starts at a hot loop head and either loops back to itself
// (TraceLink.LOOP) or, when it reaches an inner loop that already has a
// trace, ends there and links to that trace (TraceLink.ROOT): the outer
// loop's setup part runs in the outer trace, the inner loop in its own.
// An inner loop without a trace still aborts the root (LINNER): the inner
// loop gets hot by itself and the outer root is retried after its penalty.
//
// A side trace starts at the pc of a parent's hot exit (hotexit taken
// exits of one snapshot). The parent's exit code has already written the
// snapshot's slots to the stack, so the interpreter state at that pc is
// complete; the side trace copies it into the shadow like a root does and
// seeds its slot map from the parent's snapshot: constants stay
// constants, other values become SLOADs flagged P (coalesced from the
// parent) without a type check, since the parent knows their types.
//
//   parent trace          stack           side trace
//   +-------------+  exit  +-----+  entry  +---------------------+
//   | guard fails |------->| s.. |-------->| SLOAD P (no check)  |
//   +-------------+  snap  +-----+         | ...rest of the path |
//                                          | link: ROOT n/INTERP |
//                                          +---------------------+
//
// A side trace records until it enters a loop: the back edge of a FORL
// that continues, a FORI that enters its body, or a LOOP. If that loop's
// head has a trace, recording stops with a link to it (the parent's own
// loop, an outer or inner root); otherwise the side trace goes on through
// the loop body (LuaJIT's loop unrolling, bounded by jit.opt loopunroll).
// A loop left or not entered is crossed with a guard. Returns, iterators
// and bytecodes not recorded yet end the side trace with a return to the
// interpreter at that pc (TraceLink.INTERP). Nested loops thus become:
// inner root (LOOP) -> its loop-exit side trace runs the rest of the outer
// body, the outer FORL and the outer body up to the inner FORI, and links
// back to the inner root; no JS patching is needed because the driver in
// trace.ts follows links (a trampoline).
import { BC_NAMES } from '../../soa/bc'
import {
  IR, IRT, IRT_TYPE, IRT_GUARD, REF_BIAS, IRSLOAD_PARENT,
  TREF_NIL, TREF_FALSE, TREF_TRUE, tref, trefRef, trefIsK,
} from '../../soa/ir'
import { SNAP_FRAME, snapFlags, snapRef, snapSlot } from '../../soa/snap'
import { TAG_NUMX } from '../../soa/value'
import { JitParam, jitLibState } from '../lib/jit'
import type { LuaState } from '../vm/state'
import { TraceLink, type JitState, type Trace } from './state'
import { foldEmit } from './fold'
import { knum, kgc } from './ir'
import { snapAdd } from './snap'
import { TraceError, traceAbort } from './traceerr'
import { getSlot, setSlot, toNum, recFrame, recBody } from './record'

/** Bytecodes a side trace may record before it is too long. */
export const SIDE_MAXREC = 3000

/** Record a side trace of [T] from its exit [exitno]; L.base/L.pc hold the
 *  interpreter state at the exit. With [seed] (the exit is in the frame T
 *  started in) the snapshot's values are inherited. Throws TraceAbort. */
export function recordSide(J: JitState, L: LuaState, T: Trace, exitno: number, seed: boolean): void {
  const pc = T.snapPc[exitno]
  J.parent = T.no
  J.exitno = exitno
  recFrame(J, L, pc, -1)
  // The exit may resume at a consumer of multiple results (snapMres).
  J.multres = T.snapMres[exitno]
  J.loopPc = -1
  J.loopLo = 0
  J.unroll = jitLibState(L).param[JitParam.loopunroll]
  snapAdd(J, pc)
  if (seed) sideSeed(J, T, exitno)
  recBody(J, L, pc, -1)
}

/** Seed the slot map from the parent's snapshot [n]: inherited values. */
function sideSeed(J: JitState, T: Trace, n: number): void {
  const kvU = new Uint32Array(T.kv.buffer, T.kv.byteOffset, 2 * T.kv.length)
  for (let e = T.snapOfs[n], end = e + T.snapNent[n]; e < end; e++) {
    const ent = T.snapMap[e]
    const s = snapSlot(ent), ref = snapRef(ent)
    if (s >= J.maxslot || (snapFlags(ent) & SNAP_FRAME) !== 0) continue
    const i = (ref - T.nk) << 2
    const o = T.ir[i] >>> 8
    const t = T.ir[i] & IRT_TYPE
    let tr: number
    if (t === IRT.NIL) tr = TREF_NIL
    else if (t === IRT.FALSE) tr = TREF_FALSE
    else if (t === IRT.TRUE) tr = TREF_TRUE
    else if (o === IR.KNUM) tr = tref(knum(J, T.kv[REF_BIAS - ref]), IRT.NUM)
    else if (o === IR.KINT) tr = tref(knum(J, (T.ir[i + 1] | (T.ir[i + 2] << 16)) | 0), IRT.NUM)
    else if (o === IR.KGC) tr = tref(kgc(J, kvU[2 * (REF_BIAS - ref)], t), t)
    else {
      const lt = t === IRT.INT ? IRT.NUM : t
      // A value the stack does not hold with that type (never expected):
      // leave the slot to an ordinary type-checked load.
      if ((lt === IRT.NUM) !== (J.sU[2 * s + 1] < TAG_NUMX)) continue
      tr = tref(foldEmit(J, IR.SLOAD, lt, s, IRSLOAD_PARENT), lt)
    }
    J.slot[s] = tr
  }
}

/** Is [T] still about the bytecode at its start? Bytecode of collected
 *  protos is reused, so check the proto and two words (a root's loop
 *  instruction and its end, a side trace's start). */
export function traceValid(L: LuaState, T: Trace): boolean {
  const H = L.H
  return H.bcProto[T.startPc] === T.pt && H.bc[T.startPc - 1] === T.foriIns && H.bc[T.endPc] === T.forlIns
}

/** The valid trace starting at [pc], or undefined when there is none. */
function traceAt(J: JitState, L: LuaState, pc: number): Trace | undefined {
  const T = J.byPc.get(pc)
  return T !== undefined && T.code !== null && traceValid(L, T) ? T : undefined
}

/** End the trace at [pc] with link [type] to trace [lnk]. */
export function recStop(J: JitState, pc: number, type: TraceLink, lnk: number): void {
  J.curPc = pc
  J.needSnap = true
  snapAdd(J, pc)
  J.linkType = type
  J.link = lnk
}

/** The recorder enters the loop whose body starts at [pc]: link to its
 *  trace, or (side traces) go on unrolling it. */
function loopEnter(J: JitState, L: LuaState, pc: number): void {
  // A side trace back at its own start forms a loop of its own (LuaJIT's
  // "extra loop"), e.g. after a root's entry guard failed for good.
  if (J.parent !== 0 && pc === J.startPc) { recStop(J, pc, TraceLink.LOOP, 0); return }
  const T = traceAt(J, L, pc)
  if (T !== undefined) { recStop(J, pc, TraceLink.ROOT, T.no); return }
  if (J.parent === 0) traceAbort(TraceError.LINNER, '')
  if (--J.unroll < 0) traceAbort(TraceError.LUNROLL, '')
}

/** Guard the sign of a for-loop step [st] (value [step]) unless constant. */
function stepGuard(J: JitState, st: number, step: number): void {
  if (trefIsK(st)) return
  foldEmit(J, step > 0 ? IR.GT : IR.ULE, IRT.NUM | IRT_GUARD, trefRef(st), knum(J, 0))
}

/** Guard the loop test i <= stop (step > 0) or i >= stop, as [holds]. */
function loopTest(J: JitState, i: number, stop: number, up: boolean, holds: boolean): void {
  const o = up ? (holds ? IR.LE : IR.UGT) : (holds ? IR.GE : IR.ULT)
  foldEmit(J, o, IRT.NUM | IRT_GUARD, i, stop)
}

/** Check that the for-loop slots at [x] hold numbers (else NYI). */
function forNums(J: JitState, x: number, op: number): void {
  const sU = J.sU
  if (sU[2 * x + 1] >= TAG_NUMX || sU[2 * x + 3] >= TAG_NUMX || sU[2 * x + 5] >= TAG_NUMX) {
    traceAbort(TraceError.NYIBC, BC_NAMES[op])
  }
}

/** Record FORI at [pc] with slots from [x] (in numbers); returns the next pc. */
export function recFori(J: JitState, L: LuaState, pc: number, ins: number, x: number): number {
  forNums(J, x, ins & 0xff)
  const sF = J.sF
  const step = sF[x + 2], stop = sF[x + 1]
  const i = (sF[x] - step) + step
  const st = toNum(J, getSlot(J, x + 2))
  const sp = toNum(J, getSlot(J, x + 1))
  const i0 = toNum(J, getSlot(J, x))
  stepGuard(J, st, step)
  const ir = foldEmit(J, IR.ADD, IRT.NUM, foldEmit(J, IR.SUB, IRT.NUM, trefRef(i0), trefRef(st)), trefRef(st))
  const up = step > 0
  const enter = up ? i <= stop : i >= stop
  loopTest(J, ir, trefRef(sp), up, enter)
  const ti = tref(ir, IRT.NUM)
  setSlot(J, x, ti); sF[x] = i
  if (!enter) return pc + 1 + (ins >>> 16) - 0x8000
  setSlot(J, x + 3, ti); sF[x + 3] = i
  loopEnter(J, L, pc + 1)
  return pc + 1
}

/** Record a FORL at [pc] that is not the root's own loop end. */
export function recForlAny(J: JitState, L: LuaState, pc: number, ins: number, x: number): number {
  forNums(J, x, ins & 0xff)
  const sF = J.sF
  const step = sF[x + 2], stop = sF[x + 1]
  const i = sF[x] + step
  const st = toNum(J, getSlot(J, x + 2))
  const sp = toNum(J, getSlot(J, x + 1))
  const i0 = toNum(J, getSlot(J, x))
  stepGuard(J, st, step)
  const ir = foldEmit(J, IR.ADD, IRT.NUM, trefRef(i0), trefRef(st))
  const up = step > 0
  const cont = up ? i <= stop : i >= stop
  loopTest(J, ir, trefRef(sp), up, cont)
  const ti = tref(ir, IRT.NUM)
  setSlot(J, x, ti); sF[x] = i
  if (!cont) return pc + 1
  setSlot(J, x + 3, ti); sF[x + 3] = i
  const dst = pc + 1 + (ins >>> 16) - 0x8000
  loopEnter(J, L, dst)
  return dst
}

/** Record a LOOP at [pc] (a while/repeat body begins at pc + 1). */
export function recLoopOp(J: JitState, L: LuaState, pc: number): number {
  loopEnter(J, L, pc + 1)
  return pc + 1
}

/** A bytecode a side trace cannot record (a return, an iterator, or an NYI
 *  [op]): end the side trace in the interpreter at [pc]; a root aborts. */
export function recLeave(J: JitState, pc: number, err: TraceError, op: number): number {
  if (J.parent === 0 || J.nrec <= 1) traceAbort(err, err === TraceError.NYIBC ? BC_NAMES[op] : '')
  recStop(J, pc, TraceLink.INTERP, 0)
  return pc
}

/** A backward JMP to [dst] at [pc]: the back edge of a while loop. Roots
 *  allow only their own; side traces follow it (the LOOP op decides). */
export function recJmpBack(J: JitState, dst: number): number {
  if (J.parent === 0) {
    if (J.loopPc < 0 || dst > J.loopPc) traceAbort(TraceError.LINNER, '')
    J.loopLo = dst
  }
  return dst
}
