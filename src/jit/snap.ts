// Snapshots: taking them while recording, and restoring at exits (lj_snap.c).
//
// A snapshot is taken lazily: when a guard is about to be emitted and the
// newest snapshot does not describe the state before the current bytecode
// (a slot was written since, or the pc moved on), snapAdd records every
// slot the trace has modified (slotMod) with its current ref, plus the pc
// to resume at. The resume pc is the bytecode being recorded: the recorder
// emits an instruction's guards before its writes, so on exit the
// interpreter simply executes that bytecode again. Consecutive snapshots
// with no instruction in between are merged (LuaJIT's mergesnap).
//
// Exit = snapshot number. The backend writes the snapshot's values to the
// stack slots itself (only that snapshot's refs, in the exit switch), so
// the shared restore below only has to resume the interpreter: set L.pc to
// the snapshot's pc and count the exit.
//
// Inlined calls (rec_call.ts) keep their frames virtual: the callee's
// function slot and frame link are ordinary slot-map entries (the link is
// a KNUM constant retpc*8, flagged TREF_FRAME -> SNAP_FRAME), so a snapshot
// taken inside an inlined callee lists the frame slots of every frame
// between the root and the callee and the exit code writes them like any
// other slot: the interpreter's frames are rebuilt exactly (FR2 layout,
// src/vm/state.ts). The snapshot also records the baseslot of the frame it
// resumes in (snapBase); snapRestore moves L.base there and sets L.top as
// the interpreter's call fast path does. L.multres is restored from
// snapMres (the recorder's multres when the snapshot was taken), for
// exits that resume at a CALLM/RETM consuming a multi-result call.
import { IR_MAXSNAP, TREF_FRAME } from '../../soa/ir'
import { SNAP_FRAME, snapEntry } from '../../soa/snap'
import type { LuaState } from '../vm/state'
import { J_MAXSNAPMAP, type JitState, type Trace } from './state'
import { TraceError, traceAbort } from './traceerr'

/** Take a snapshot of the modified slots of [J], resuming at [pc]. */
export function snapAdd(J: JitState, pc: number): void {
  let n = J.nsnap
  if (n > 0 && J.snapRef[n - 1] === J.nins) {
    n-- // nothing emitted since the last one: replace it
    J.nsnapmap = J.snapOfs[n]
  } else if (n >= IR_MAXSNAP) traceAbort(TraceError.SNAPOV, '')
  const ofs = J.nsnapmap
  let m = ofs
  const max = J.maxslot
  for (let s = 0; s < max; s++) {
    if (J.slotMod[s] !== 0) {
      if (m >= J_MAXSNAPMAP) traceAbort(TraceError.SNAPOV, '')
      const tr = J.slot[s]
      J.snapMap[m++] = snapEntry(s, (tr & TREF_FRAME) !== 0 ? SNAP_FRAME : 0, tr & 0xffff)
    }
  }
  J.snapOfs[n] = ofs
  J.snapNent[n] = m - ofs
  J.snapRef[n] = J.nins
  J.snapPc[n] = pc
  J.snapNslots[n] = max
  J.snapBase[n] = J.baseslot
  J.snapMres[n] = J.multres
  J.nsnap = n + 1
  J.nsnapmap = m
  J.needSnap = false
}

/** Make sure the newest snapshot describes the state before J.curPc. */
export function snapEnsure(J: JitState): void {
  const n = J.nsnap
  if (n === 0 || J.needSnap || J.snapPc[n - 1] !== J.curPc || J.snapBase[n - 1] !== J.baseslot) snapAdd(J, J.curPc)
}

/** Resume the interpreter after trace [T], entered with L.base as its
 *  base, left through exit [exitno]: the exit code already wrote the
 *  snapshot's slots (frames included); set the pc, and the base and top
 *  of the frame the snapshot resumes in. Returns the pc. */
export function snapRestore(L: LuaState, T: Trace, exitno: number): number {
  if (T.exitCount[exitno] < 0xffff) T.exitCount[exitno]++
  const pc = T.snapPc[exitno]
  L.pc = pc
  L.multres = T.snapMres[exitno]
  const bs = T.snapBase[exitno]
  if (bs !== 2) {
    const H = L.H
    const nb = L.base + bs - 2
    L.base = nb
    L.top = nb + H.ptFrameSize[H.fnProto[H.vU[2 * (nb - 2)]]]
  }
  return pc
}
