// JIT state: the compiler scratch (LuaJIT's jit_State) and compiled traces.
//
// One JitState per engine, built once by jitStateNew with every buffer
// allocated up front (LuaJIT sizes, luajit-notes §11.1), so recording and
// the passes allocate nothing per instruction. A finished trace copies its
// slice of the scratch into a compact Trace (as trace_save does): IR words
// [nk, nins), constant payloads, snapshots and their map.
//
//   scratch IR (Uint16Array, 4 words per ref, raw biased refs):
//
//     nk ............ REF_BIAS ............ nins
//     | constants grow down | BASE | instructions grow up |
//
//   slot map (Uint32Array): TRef per frame slot (FR2 numbering, slot 0 is
//   the function, 1 the link, 2 the first local); 0 = not loaded yet.
//   slotMod: 1 where the trace wrote the slot (snapshots list only those).
//   shadow (sF/sU): the concrete value of each slot while recording.
import { IR, IR_MAXSNAP, REF_BIAS, REF_FIRST } from '../../soa/ir'
import type { LuaState } from '../vm/state'
import type { TraceError } from './traceerr'

export const J_MAXK = 1024 // constant payload entries
export const J_MAXSLOT = 256
export const J_MAXSNAPMAP = 32768
export const J_MAXOVERLAY = 64
export const J_MAXFRAME = 16 // inlined call depth
export const J_MAXSHADOWTAB = 32 // tables a recorded iteration may allocate

/** The compiler state of one engine. */
export interface JitState {
  L: LuaState
  // -- IR --
  ir: Uint16Array
  kv: Float64Array // KNUM/KGC payloads at REF_BIAS - ref
  kvU: Uint32Array
  nk: number
  nins: number
  chain: Uint16Array // newest ins per op
  // -- fold input (LuaJIT's J->fold.ins) --
  fo: number
  ft: number
  f1: number
  f2: number
  // -- recorder --
  slot: Uint32Array
  slotMod: Uint8Array
  sF: Float64Array // shadow slot values
  sU: Uint32Array
  ovSlot: Int32Array // heap slots written while recording (shadow stores)
  ovLo: Uint32Array
  ovHi: Uint32Array
  nov: number
  base: number // arena slot of local 0 of the root frame
  pt: number // prototype of the frame being recorded (root or inlined)
  cl: number // closure of the frame being recorded
  rootPt: number // prototype of the root frame
  baseslot: number // slot of local 0 of the current frame (2 at the root)
  kn: number // constant slots of the current frame's proto
  kg: number
  framedepth: number // inlined frames above the root
  frRetPc: Int32Array // per inlined frame: pc after the CALL (caller's resume pc)
  frBase: Uint16Array // caller's baseslot
  frCl: Int32Array // caller's closure
  frMaxslot: Uint16Array // caller's maxslot
  frNres: Int16Array // results the CALL wants
  stackNeed: number // stack slots above the root base the inlined frames need
  frMaxslot0: number // slots of the root frame
  tailcalls: number // tail calls recorded in this trace
  multres: number // result count of the last multi-result call (L.multres)
  shadowTab: Int32Array // tables allocated for the shadow of TNEW/TDUP
  nshadowTab: number
  startPc: number
  endPc: number // the FORL closing the loop
  curPc: number
  maxslot: number
  loopRef: number
  needSnap: boolean // a slot changed since the last snapshot
  autoSnap: boolean // guards take a snapshot at curPc (recording, not LOOP)
  forNarrow: boolean // the loop index is an int
  forStep: number // step value
  forStepRef: number // TRef of the step
  forStopRef: number // TRef of the stop value
  err: TraceError
  errInfo: string
  opt: number // JitOpt flags in effect
  // -- snapshots --
  snapOfs: Uint32Array
  snapNent: Uint16Array
  snapRef: Uint16Array
  snapPc: Int32Array
  snapNslots: Uint16Array
  snapBase: Uint8Array // baseslot of the frame the snapshot resumes in
  snapMres: Int16Array // L.multres to restore (for a CALLM/RETM resume)
  nsnap: number
  snapMap: Uint32Array
  nsnapmap: number
  // -- pass scratch --
  subst: Uint16Array
  mark: Uint8Array
  // -- traces --
  traces: Trace[] // index = trace number (0 unused)
  byPc: Map<number, Trace> // start pc -> trace
  penaltyPc: Int32Array // LuaJIT's 64-entry penalty cache
  penaltyVal: Uint16Array
  penaltySlot: number
  blacklist: Set<number>
  hotloop: number
  enter: boolean
  flushes: number
  aborts: number
  exits: number
  lastAbort: string
  loopPc: number // pc of the LOOP of a while/repeat root, -1 for a for loop
  loopLo: number // lowest pc the iteration may visit (the while condition)
  ffHost: Int32Array // host function index per recorded builtin (ffrec.ts FF), -1 if absent
  // -- trace trees (side.ts) --
  parent: number // parent trace number of a side trace, 0 for a root
  exitno: number // the parent's exit a side trace starts from
  linkType: TraceLink // how the recorded trace ends (NONE while recording)
  link: number // trace linked to at the end (TraceLink.ROOT)
  unroll: number // loop ops a side trace may still cross (jit.opt loopunroll)
  nrec: number // bytecodes recorded so far
}

/** How a trace ends (LuaJIT's LJ_TRLINK_*): LOOP loops back to its own
 *  start, ROOT continues in trace `link` (the driver calls it), INTERP
 *  returns to the interpreter at the final snapshot's pc. */
export enum TraceLink { NONE, ROOT, LOOP, INTERP }

/** A compiled trace: a compact copy of its IR and snapshots plus code. */
export interface Trace {
  no: number
  startPc: number
  endPc: number
  pt: number
  nk: number
  nins: number
  loopRef: number
  ir: Uint16Array // words 4*nk .. 4*nins of the scratch, rebased to 0
  kv: Float64Array // payloads of constants nk .. REF_BIAS-1
  nsnap: number
  snapOfs: Uint32Array
  snapNent: Uint16Array
  snapRef: Uint16Array
  snapPc: Int32Array
  snapNslots: Uint16Array
  snapBase: Uint8Array
  snapMres: Int16Array
  snapMap: Uint32Array
  stackNeed: number // slots above the entry base the trace's frames need (0: root frame only)
  exitCount: Uint16Array
  foriIns: number // bytecode words the trace was recorded from (validity check)
  forlIns: number
  code: TraceFn | null // compiled entry, null when no backend
  src: string // generated source (for -jdump)
  // -- trace trees --
  parent: number // parent trace number (0: root)
  exitno: number // parent exit this side trace starts from
  root: number // root trace of the tree (itself for a root)
  nchild: number // side traces in the tree (kept on the root)
  linkType: TraceLink
  link: number // trace number continued in (TraceLink.ROOT)
  linkExit: number // exit number that means "link" (the final snapshot), -1 if none
  side: Uint16Array // side trace number per exit, 0 = none
  sideT: (Trace | null)[] // the same traces, for the driver
  linkT: Trace | null // trace [link], resolved at the first link
}

/** A compiled trace entry: runs from the loop head, returns the exit number
 *  after writing that snapshot's slots to the stack. */
export type TraceFn = (F: Float64Array, U: Uint32Array, base: number) => number

/** A fresh JIT state for engine [L]. */
export function jitStateNew(L: LuaState): JitState {
  const ir = new Uint16Array(4 * 65536)
  const kv = new Float64Array(J_MAXK)
  const sF = new Float64Array(J_MAXSLOT)
  return {
    L,
    ir, kv, kvU: new Uint32Array(kv.buffer), nk: REF_BIAS, nins: REF_FIRST,
    chain: new Uint16Array(IR._MAX),
    fo: 0, ft: 0, f1: 0, f2: 0,
    slot: new Uint32Array(J_MAXSLOT), slotMod: new Uint8Array(J_MAXSLOT),
    sF, sU: new Uint32Array(sF.buffer),
    ovSlot: new Int32Array(J_MAXOVERLAY), ovLo: new Uint32Array(J_MAXOVERLAY),
    ovHi: new Uint32Array(J_MAXOVERLAY), nov: 0,
    base: 0, pt: 0, cl: 0, rootPt: 0, baseslot: 2, kn: 0, kg: 0, framedepth: 0,
    frRetPc: new Int32Array(J_MAXFRAME), frBase: new Uint16Array(J_MAXFRAME), frCl: new Int32Array(J_MAXFRAME),
    frMaxslot: new Uint16Array(J_MAXFRAME), frNres: new Int16Array(J_MAXFRAME), stackNeed: 0, frMaxslot0: 0, tailcalls: 0, multres: 0,
    shadowTab: new Int32Array(J_MAXSHADOWTAB), nshadowTab: 0,
    startPc: 0, endPc: 0, curPc: 0, maxslot: 0, loopRef: 0,
    needSnap: true, autoSnap: false, forNarrow: false, forStep: 1, forStepRef: 0, forStopRef: 0, err: 0, errInfo: '', opt: 0,
    snapOfs: new Uint32Array(IR_MAXSNAP + 1), snapNent: new Uint16Array(IR_MAXSNAP + 1),
    snapRef: new Uint16Array(IR_MAXSNAP + 1), snapPc: new Int32Array(IR_MAXSNAP + 1),
    snapNslots: new Uint16Array(IR_MAXSNAP + 1), snapBase: new Uint8Array(IR_MAXSNAP + 1),
    snapMres: new Int16Array(IR_MAXSNAP + 1), nsnap: 0,
    snapMap: new Uint32Array(J_MAXSNAPMAP), nsnapmap: 0,
    subst: new Uint16Array(65536), mark: new Uint8Array(65536),
    traces: [], byPc: new Map(), penaltyPc: new Int32Array(64).fill(-1),
    penaltyVal: new Uint16Array(64), penaltySlot: 0, blacklist: new Set(),
    hotloop: 56, enter: true, flushes: 0, aborts: 0, exits: 0, lastAbort: '',
    loopPc: -1, loopLo: 0, ffHost: new Int32Array(32).fill(-1),
    parent: 0, exitno: 0, linkType: TraceLink.NONE, link: 0, unroll: 0, nrec: 0,
  }
}

/** Copy the finished trace out of the scratch of [J]. */
export function traceSave(J: JitState, no: number): Trace {
  const nk = J.nk, nins = J.nins
  const ir = J.ir.slice(4 * nk, 4 * nins)
  const kv = J.kv.slice(0, REF_BIAS - nk + 1)
  const n = J.nsnap
  return {
    no, startPc: J.startPc, endPc: J.endPc, pt: J.rootPt, nk, nins, loopRef: J.loopRef,
    ir, kv, nsnap: n,
    snapOfs: J.snapOfs.slice(0, n), snapNent: J.snapNent.slice(0, n), snapRef: J.snapRef.slice(0, n),
    snapPc: J.snapPc.slice(0, n), snapNslots: J.snapNslots.slice(0, n), snapBase: J.snapBase.slice(0, n),
    snapMres: J.snapMres.slice(0, n),
    snapMap: J.snapMap.slice(0, J.nsnapmap), stackNeed: J.stackNeed,
    exitCount: new Uint16Array(n), foriIns: 0, forlIns: 0, code: null, src: '',
    parent: J.parent, exitno: J.exitno, root: J.parent === 0 ? no : 0, nchild: 0,
    linkType: J.linkType, link: J.link,
    linkExit: J.linkType === TraceLink.ROOT || J.linkType === TraceLink.INTERP ? n - 1 : -1,
    side: new Uint16Array(n), sideT: new Array<Trace | null>(n).fill(null), linkT: null,
  }
}
