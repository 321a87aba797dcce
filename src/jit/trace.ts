// Trace management: the hot-loop hook, recording, compiling, entering,
// the trampoline over trace trees, penalties and blacklisting (lj_trace.c).
//
// installJit(L, opts) sets L.jitHook. The interpreter calls the hook when a
// hot counter at a loop back-edge trips, with L.base/L.pc at the loop head
// (the first bytecode of the loop body). The hook then
//   1. looks up a trace for that pc; if there is none it records one
//      (recordRoot), runs DCE and LOOP, saves it and asks the backend for
//      code. An abort penalises the pc: LuaJIT's 64-entry penalty cache,
//      72 first, then doubled plus a random 0..15 per abort, blacklisted
//      above 60000. The penalty becomes the pc's hot count;
//   2. if the trace has code, runs it from the current frame (traceRun);
//      the hook returns 1: the interpreter must then reload pc/base (and
//      its views) from L before continuing;
//   3. sets the counter of that pc to 1 so the next back-edge comes back
//      here at once: a compiled loop is entered on every FORL, without
//      patching the bytecode to JFORL.
//
// traceRun is a trampoline instead of patched jumps: a trace returns an
// exit number after writing that snapshot's slots to the stack.
//
//   run T --> ex == T.linkExit ? --yes--> T = traces[T.link] (ROOT) --+
//     ^              | no                  or leave (INTERP)           |
//     |              v                                                 |
//     |        count exit; T.side[ex] ? --yes--> T = side trace -------+
//     |              | no
//     |              v
//     |        count in [hotexit, hotexit + tryside) ? record a side
//     |        trace there (side.ts); ok -> T = it; else leave
//     +--------------------------------------------------------------------
//
// Leaving = the interpreter resumes at the snapshot's pc (snapRestore).
// Side trace attempts per exit are bounded by tryside, side traces per
// tree by maxside: an exit that cannot get a side trace only costs a
// return to the interpreter, never another recording (no exit storms).
// With opts.enter = false the hook records and compiles but never runs
// code (returns 0): safe with an interpreter that does not reload after
// the hook, and useful to collect -jdump output.
//
// jit.off() / jit.flush() are honoured through jitLibState(L): `on` is read
// at every hook call, a changed `flushes` count drops all traces.
import { PROTO_NOJIT } from '../../soa/proto'
import { backendDefault, type Backend } from '../../codegen/backend'
import { jitLibState, JitParam } from '../lib/jit'
import { budgetRefill, type LuaState } from '../vm/state'
import { jitStateNew, traceSave, TraceLink, type JitState, type Trace } from './state'
import { recordRoot } from './record'
import { ffInit } from './ffrec'
import { optDce } from './dce'
import { optLoop } from './loop'
import { jitDumpTrace } from './dump'
import { snapRestore } from './snap'
import { recordSide, traceValid } from './side'
import { TraceAbort, TraceError, traceErrorMsg } from './traceerr'
import { JitOpt } from '../lib/jit'

const PENALTY_MIN = 72
const PENALTY_MAX = 60000

/** Options of installJit. */
export interface JitOptions {
  hotloop?: number // iterations before a loop is recorded (default: jit.opt hotloop)
  hotexit?: number // taken exits before a side trace is recorded (sets jit.opt hotexit)
  enter?: boolean // run compiled traces (default true)
  backend?: Backend | null // null: record only, never compile
  log?: (line: string) => void // -jv style event lines
}

const states = new WeakMap<LuaState, JitState>()
const backends = new WeakMap<JitState, Backend | null>()
const logs = new WeakMap<JitState, (line: string) => void>()
const dumps = new WeakMap<JitState, (text: string) => void>()

/** -jv: send one line per trace event to [log] (null stops). */
export function jitSetLog(L: LuaState, log: ((line: string) => void) | null): void {
  const J = jitStateOf(L)
  if (J === undefined) return
  if (log === null) logs.delete(J)
  else logs.set(J, log)
}

/** -jdump: send each compiled trace's IR and JS source to [dump]. */
export function jitSetDump(L: LuaState, dump: ((text: string) => void) | null): void {
  const J = jitStateOf(L)
  if (J === undefined) return
  if (dump === null) dumps.delete(J)
  else dumps.set(J, dump)
}

/** Install the tracing JIT on engine [L]; returns its JIT state. */
export function installJit(L: LuaState, opts?: JitOptions): JitState {
  const J = jitStateNew(L)
  ffInit(J, L)
  const lib = jitLibState(L)
  J.hotloop = opts !== undefined && opts.hotloop !== undefined ? opts.hotloop : lib.param[JitParam.hotloop]
  if (J.hotloop < 1) J.hotloop = 1
  if (opts !== undefined && opts.hotexit !== undefined) lib.param[JitParam.hotexit] = opts.hotexit
  J.enter = opts === undefined || opts.enter !== false
  J.flushes = lib.flushes
  backends.set(J, opts !== undefined && opts.backend !== undefined ? opts.backend : backendDefault())
  if (opts !== undefined && opts.log !== undefined) logs.set(J, opts.log)
  L.hot.fill(J.hotloop)
  states.set(L, J)
  L.jitHook = (L2: LuaState, pc: number): number => jitHook(J, L2, pc)
  return J
}

/** Remove the JIT from engine [L] (the interpreter runs alone). */
export function uninstallJit(L: LuaState): void {
  L.jitHook = null
  states.delete(L)
}

/** The JIT state of engine [L], if installed. */
export function jitStateOf(L: LuaState): JitState | undefined {
  return states.get(L)
}

/** The hot-loop hook. Returns 1 when it ran a trace (reload pc/base from L). */
export function jitHook(J: JitState, L: LuaState, pc: number): number {
  const lib = jitLibState(L)
  const h = (pc >> 2) & 63
  if (!lib.on || L.hookOn[0] !== 0) { L.hot[h] = J.hotloop; return 0 } // no traces under debug hooks
  if (lib.flushes !== J.flushes) jitFlush(J, lib.flushes)
  let T = J.byPc.get(pc)
  if (T !== undefined && !traceValid(L, T)) { J.byPc.delete(pc); T = undefined }
  if (T === undefined) {
    if (J.blacklist.has(pc) || (L.H.ptFlags[L.H.bcProto[pc]] & PROTO_NOJIT) !== 0) { L.hot[h] = 0xffff; return 0 }
    const t = traceRecord(J, L, pc)
    if (t === null) return 0
    T = t
  }
  // Traces do not count L.budget yet: with limits set (instructions, time,
  // abort signal) compiled loops are not entered, so limits still fire.
  if (T.code === null || !J.enter || L.onBudget !== budgetRefill) { L.hot[h] = J.hotloop; return 0 }
  L.hot[h] = 1
  traceRun(J, L, T)
  return 1
}

/** The trampoline: run [T] and whatever it links or exits to, until an exit
 *  leaves to the interpreter (L.pc set from that snapshot). */
function traceRun(J: JitState, L: LuaState, T0: Trace): void {
  const H = L.H
  const lib = jitLibState(L)
  const hotexit = lib.param[JitParam.hotexit]
  const tryside = lib.param[JitParam.tryside]
  let F = H.vF, U = H.vU
  let T = T0
  for (;;) {
    const code = T.code
    if (code === null) return // unreachable: only compiled traces are run or linked
    const base = L.base
    const ex = code(F, U, base)
    if (ex === T.linkExit) {
      // Links stay inside one function: a valid trace links to valid ones.
      const N = T.linkT
      if (N !== null && N.code !== null && (N.pt === T.pt || traceValid(L, N))) { T = N; continue }
      snapRestore(L, T, ex)
      return
    }
    J.exits++
    snapRestore(L, T, ex) // counts the exit
    const S = T.sideT[ex]
    if (S !== null) { T = S; continue }
    const cnt = T.exitCount[ex]
    // A hot exit: try a side trace (tryside attempts, maxside per tree).
    if (cnt < hotexit || cnt >= hotexit + tryside) return
    // Exits inside inlined frames would need the parent's frames replayed: no side trace.
    if (T.snapBase[ex] !== 2) return
    const R = traceSide(J, L, T, ex, L.base === base)
    if (R === null || R.code === null) return
    F = H.vF; U = H.vU
    T = R
  }
}

/** Record and compile a side trace of [T] from exit [ex] (inheriting the
 *  snapshot's values if [seed]: the exit is in T's frame); null on abort. */
function traceSide(J: JitState, L: LuaState, T: Trace, ex: number, seed: boolean): Trace | null {
  const lib = jitLibState(L)
  const R = J.traces[T.root - 1]
  if (R === undefined || R.nchild >= lib.param[JitParam.maxside] || J.traces.length >= lib.param[JitParam.maxtrace]) return null
  J.opt = lib.flags
  try {
    recordSide(J, L, T, ex, seed)
    if ((J.opt & (1 << JitOpt.dce)) !== 0) optDce(J)
    if (J.linkType === TraceLink.LOOP && (J.opt & (1 << JitOpt.loop)) !== 0) optLoop(J)
  } catch (e) {
    if (!(e instanceof TraceAbort)) throw e
    J.autoSnap = false
    J.aborts++
    J.lastAbort = traceErrorMsg(e.code, e.info)
    const log = logs.get(J)
    if (log !== undefined) {
      log('[TRACE --- (' + T.no + '/' + ex + ') ' + where(L, T.snapPc[ex]) + ' -- ' + J.lastAbort + ' at ' + where(L, J.curPc) + ']')
    }
    J.parent = 0
    return null
  }
  const S = traceFinish(J, L)
  S.root = T.root
  R.nchild++
  T.side[ex] = S.no
  T.sideT[ex] = S
  J.parent = 0
  return S
}

/** Record, optimise and compile a root trace at [pc]; null on abort. */
function traceRecord(J: JitState, L: LuaState, pc: number): Trace | null {
  const lib = jitLibState(L)
  if (J.traces.length >= lib.param[JitParam.maxtrace]) return null // out of trace numbers
  J.opt = lib.flags
  try {
    recordRoot(J, L, pc)
    if ((J.opt & (1 << JitOpt.dce)) !== 0) optDce(J)
    if (J.linkType === TraceLink.LOOP && (J.opt & (1 << JitOpt.loop)) !== 0) optLoop(J)
  } catch (e) {
    if (!(e instanceof TraceAbort)) throw e
    J.autoSnap = false
    traceAborted(J, L, pc, e.code, e.info)
    return null
  }
  const T = traceFinish(J, L)
  J.byPc.set(pc, T)
  return T
}

/** Save the recorded trace, compile it, log it (-jv, -jdump). */
function traceFinish(J: JitState, L: LuaState): Trace {
  const T = traceSave(J, J.traces.length + 1)
  const pc = T.startPc
  if (J.parent !== 0) T.endPc = pc
  T.foriIns = L.H.bc[pc - 1]
  T.forlIns = L.H.bc[T.endPc]
  const be = backends.get(J)
  if (be !== undefined && be !== null) T.code = be.compile(L.H, T)
  if (T.linkType === TraceLink.ROOT) T.linkT = J.traces[T.link - 1]
  J.traces.push(T)
  const log = logs.get(J)
  if (log !== undefined) {
    let s = '[TRACE ' + String(T.no).padStart(3) + ' '
    if (T.parent !== 0) s += '(' + T.parent + '/' + T.exitno + ') '
    s += where(L, pc)
    if (T.linkType === TraceLink.INTERP) s += ' -- fallback to interpreter]'
    else if (T.linkType === TraceLink.ROOT && T.link !== T.no) s += ' -> ' + T.link + ']'
    else s += ' loop]'
    log(s)
  }
  const dump = dumps.get(J)
  if (dump !== undefined) dump(jitDumpTrace(L.H, T) + (T.src !== '' ? '---- TRACE ' + T.no + ' js\n' + T.src + '\n' : ''))
  return T
}

/** Penalise [pc] after an abort with [code]; blacklist it past PENALTY_MAX. */
function traceAborted(J: JitState, L: LuaState, pc: number, code: TraceError, info: string): void {
  J.aborts++
  J.lastAbort = traceErrorMsg(code, info)
  const log = logs.get(J)
  if (log !== undefined) log('[TRACE --- ' + where(L, pc) + ' -- ' + J.lastAbort + ' at ' + where(L, J.curPc) + ']')
  let k = 0
  for (; k < 64; k++) if (J.penaltyPc[k] === pc) break
  let val: number
  if (k === 64) {
    k = J.penaltySlot
    J.penaltySlot = (J.penaltySlot + 1) & 63
    J.penaltyPc[k] = pc
    val = PENALTY_MIN
  } else {
    val = (J.penaltyVal[k] << 1) + ((Math.random() * 16) | 0)
    if (val > PENALTY_MAX) { J.blacklist.add(pc); val = 0xffff }
  }
  J.penaltyVal[k] = val > 0xffff ? 0xffff : val
  L.hot[(pc >> 2) & 63] = J.penaltyVal[k]
}

/** Drop every trace (jit.flush, jit.off). */
export function jitFlush(J: JitState, flushes: number): void {
  J.traces.length = 0
  J.byPc.clear()
  J.blacklist.clear()
  J.penaltyPc.fill(-1)
  J.flushes = flushes
}

/** "chunk:line" of bytecode [pc]. */
function where(L: LuaState, pc: number): string {
  const H = L.H
  const pt = H.bcProto[pc]
  const d = H.ptDebug[pt]
  const name = d !== undefined ? d.chunkname.replace(/^[@=]/, '') : '?'
  return name + ':' + H.bcLine[pc]
}
