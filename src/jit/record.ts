// Recorder: bytecode -> IR for root traces of for/while/repeat loops (lj_record.c).
//
// LuaJIT records by running the interpreter one bytecode at a time with a
// hook in front of each instruction. tracelua's interpreter has a hook only
// at hot back-edges, so the recorder carries its own concrete state: at the
// hot FORL it copies the frame's slots into a shadow (J.sF/J.sU) and then
// walks one iteration of the loop body itself, from the loop head back to
// the FORL. For each bytecode it
//   - reads operand TRefs from the slot map (a first read emits a typed
//     SLOAD guard: the type of the shadow value, exactly LuaJIT's sload);
//   - specialises on the shadow values (types, branch directions, array
//     bounds) and emits the guards that make the specialisation safe;
//   - computes the concrete result into the shadow, so later bytecodes
//     specialise on the right values. Heap reads go to the real heap;
//     stores the iteration would make go to a small overlay (J.ovSlot...)
//     that later reads consult, so the heap is never touched.
// Correctness never depends on the shadow being exact: every
// specialisation is guarded, so a wrong guess only costs exits.
//
// Slot numbering is LuaJIT's FR2 one: slot 0 is the function, 1 the frame
// link, local r is slot r + 2. Writes only update the slot map (and mark
// the slot modified for snapshots); no IR is emitted for them.
//
// The for loop (recForSetup/recForl): the index is narrowed to int when the
// index and step are integral and stop + step cannot overflow. The step is
// pinned by an EQ guard to the value seen (LuaJIT reads it from the FORI's
// KSHORT instead, find_kinit; a guard is as cheap after LOOP and needs no
// bytecode pattern), the overflow condition becomes one guard on stop. All
// of these are invariant, so LOOP keeps them in the pre-roll. The loop test
// is then an int compare, the index an int ADD.
//
// while and repeat loops (LOOP roots) are recorded the same way from the
// bytecode after LOOP: the back edge (a JMP to the condition before LOOP,
// or the condition's jump to LOOP itself) is followed, the iteration ends
// on reaching LOOP, and the condition becomes ordinary guards.
//
// Supported: MOV, NOT, UNM, LEN, KSTR/KSHORT/KNUM/KPRI/KNIL, arithmetic on
// numbers (ADD..MOD, POW), ordered and equality compares (tables without
// __eq), IST/ISF/ISTC/ISFC, JMP forward, UGET/USET* (upvalues aliasing the
// root frame become slot accesses), GGET/GSET and TGETS/TSETS through
// shapes with __index chains and TGETV/TGETB/TSETV/TSETB on the array part
// (rec_tab.ts), TNEW/TDUP (runtime helpers), CALL/CALLM/CALLT of Lua
// closures inlined with virtual frames and their RETs (rec_call.ts),
// builtins (ffrec.ts); FORI/FORL/LOOP of other loops and returns of the
// trace's own frame go to side.ts (links to compiled loops, side-trace
// stops). Everything else aborts with LuaJIT's error (NYI: bytecode, inner
// loop, leaving loop, ...); a side trace ends in the interpreter instead.
//
// Inlined frames: J.baseslot is the slot of local 0 of the frame being
// recorded (2 at the root), so an operand A is slot A + baseslot; the
// shadow and the slot map span all frames. The loop-closing rules
// (FORL/LOOP at the start pc, leaving the loop range) apply at depth 0.
import { BC, BC_NAMES } from '../../soa/bc'
import {
  IR, IRT, IRT_GUARD, IRFL, TREF_NIL, TREF_FALSE, TREF_TRUE, REF_DROP, REF_NIL,
  IRSLOAD_TYPECHECK, IRSLOAD_CONVERT, IRSLOAD_INHERIT, IRSLOAD_READONLY,
  tref, trefRef, trefType, trefIsK, irtOfTag, irconv,
} from '../../soa/ir'
import { TAG_NUMX, TAG_FALSE, TAG_FUNC, TAG_NIL, TAG_STR, TAG_TAB, TAG_TRUE, PAYLOAD_NONE } from '../../soa/value'
import { tabLen, tabDup, tabNew, tabFree } from '../rt/tab'
import { luaPow } from '../vm/meta'
import { JitOpt } from '../lib/jit'
import type { LuaState } from '../vm/state'
import { J_MAXOVERLAY, J_MAXSHADOWTAB, J_MAXSLOT, TraceLink, type JitState } from './state'
import { irReset, irOp, irKnum, kint, knum, kgc, kslot } from './ir'
import { foldEmit } from './fold'
import { snapAdd } from './snap'
import { TraceError, traceAbort } from './traceerr'
import { recCall } from './ffrec'
import { recFori, recForlAny, recLoopOp, recLeave, recJmpBack, SIDE_MAXREC } from './side'
import { recLuaCall, recRet, recTailCall } from './rec_call'
import { recGlobal, recTabStr, recIndex, recNoEqMM } from './rec_tab'

const INT_MAX = 0x7fffffff
const INT_MIN = -0x80000000

/** Record one iteration of the for loop whose body starts at [pc] (the
 *  FORL's target) in the frame at L.base. Throws TraceAbort. */
export function recordRoot(J: JitState, L: LuaState, pc: number): void {
  const H = L.H
  const bc = H.bc
  J.curPc = pc
  const fori = bc[pc - 1]
  const fop = fori & 0xff
  const isFor = fop === BC.FORI || fop === BC.JFORI
  if (!isFor && fop !== BC.LOOP && fop !== BC.ILOOP && fop !== BC.JLOOP) traceAbort(TraceError.NYIBC, BC_NAMES[fop])
  const a = (fori >>> 8) & 0xff
  // FORI jumps past its FORL, LOOP past the loop's last instruction (a JMP).
  const endPc = pc + (fori >>> 16) - 0x8000 - 1
  const lop = bc[endPc] & 0xff
  if (isFor ? (lop !== BC.FORL && lop !== BC.IFORL && lop !== BC.JFORL) || ((bc[endPc] >>> 8) & 0xff) !== a
    : lop !== BC.JMP) {
    traceAbort(TraceError.NYIBC, BC_NAMES[lop])
  }
  J.parent = 0
  J.exitno = 0
  recFrame(J, L, pc, endPc)
  J.loopPc = isFor ? -1 : pc - 1; J.loopLo = pc
  snapAdd(J, pc)
  if (isFor) recForSetup(J, a + 2)
  recBody(J, L, pc, isFor ? a + 2 : -1)
}

/** Start recording in the frame at L.base from [pc] (loop end [endPc], -1
 *  for a side trace): shadow copy of the frame, empty slot map and IR. */
export function recFrame(J: JitState, L: LuaState, pc: number, endPc: number): void {
  const H = L.H
  const base = L.base
  const U = H.vU
  const cl = U[2 * (base - 2)]
  const pt = H.fnProto[cl]
  J.base = base; J.cl = cl; J.pt = pt; J.rootPt = pt
  J.baseslot = 2; J.framedepth = 0; J.stackNeed = 0; J.tailcalls = 0; J.multres = 0
  J.kn = H.ptKnum[pt]; J.kg = H.ptKgc[pt]
  J.startPc = pc; J.endPc = endPc; J.curPc = pc
  const nslots = H.ptFrameSize[pt] + 2
  if (nslots >= J_MAXSLOT) traceAbort(TraceError.STACKOV, '')
  J.maxslot = nslots
  J.frMaxslot0 = nslots
  for (let s = 0; s < nslots; s++) {
    J.sU[2 * s] = U[2 * (base - 2 + s)]; J.sU[2 * s + 1] = U[2 * (base - 2 + s) + 1]
    J.slot[s] = 0; J.slotMod[s] = 0
  }
  J.nov = 0
  irReset(J)
  J.needSnap = true
  J.autoSnap = true
  J.linkType = TraceLink.NONE
  J.link = 0
  J.nrec = 0
  J.nshadowTab = 0
}

/** Record from [pc] until the trace ends: a root at its own loop end (for
 *  slot [forSlot], -1 for a LOOP root), every trace at a link or stop. */
export function recBody(J: JitState, L: LuaState, pc: number, forSlot: number): void {
  try {
    recLoopBody(J, L, pc, forSlot)
  } finally {
    // Tables allocated for the shadow of TNEW/TDUP are the recorder's own.
    for (let i = 0; i < J.nshadowTab; i++) tabFree(L.H, J.shadowTab[i])
    J.nshadowTab = 0
  }
}

/** The recording loop of recBody. */
function recLoopBody(J: JitState, L: LuaState, pc: number, forSlot: number): void {
  const bc = L.H.bc
  const root = J.parent === 0
  const endPc = J.endPc
  for (;;) {
    if (root) {
      if (J.framedepth === 0) {
        if (forSlot >= 0 && pc === endPc) { recForl(J, forSlot); J.linkType = TraceLink.LOOP; break }
        if (pc === J.loopPc) { J.curPc = pc; snapAdd(J, J.startPc); J.linkType = TraceLink.LOOP; break }
        if (pc < J.loopLo || pc > endPc) traceAbort(TraceError.LLEAVE, '')
      }
    } else if (++J.nrec > SIDE_MAXREC) traceAbort(TraceError.TRACEOV, '')
    J.curPc = pc
    pc = recIns(J, L, pc, bc[pc])
    if (J.linkType !== TraceLink.NONE) break
  }
  J.autoSnap = false
}

// -- Slots ---------------------------------------------------------------------

/** TRef of slot [s], emitting a typed SLOAD guard on first use. */
export function getSlot(J: JitState, s: number): number {
  const tr = J.slot[s]
  if (tr !== 0) return tr
  const t = irtOfTag(J.sU[2 * s + 1])
  const ref = foldEmit(J, IR.SLOAD, t | IRT_GUARD, s, IRSLOAD_TYPECHECK)
  let r: number
  if (t === IRT.NIL) r = TREF_NIL
  else if (t === IRT.FALSE) r = TREF_FALSE
  else if (t === IRT.TRUE) r = TREF_TRUE
  else r = tref(ref, t)
  J.slot[s] = r
  return r
}

/** Write TRef [tr] to slot [s]. */
export function setSlot(J: JitState, s: number, tr: number): void {
  J.slot[s] = tr
  J.slotMod[s] = 1
  J.needSnap = true
}

/** TRef of a primitive of IR type [t]. */
export function trefPri(t: number): number {
  return t === IRT.NIL ? TREF_NIL : t === IRT.FALSE ? TREF_FALSE : TREF_TRUE
}

/** A number TRef as num (converting an int). */
export function toNum(J: JitState, tr: number): number {
  if (trefType(tr) === IRT.NUM) return tr
  return tref(foldEmit(J, IR.CONV, IRT.NUM, trefRef(tr), irconv(IRT.NUM, IRT.INT, false)), IRT.NUM)
}

/** A number TRef as int, with a guard that it is integral. */
export function toInt(J: JitState, tr: number): number {
  if (trefType(tr) === IRT.INT) return tr
  return tref(foldEmit(J, IR.CONV, IRT.INT | IRT_GUARD, trefRef(tr), irconv(IRT.INT, IRT.NUM, true)), IRT.INT)
}

/** [tr] as a KINT when it is an integral KNUM and [other] is an int: compares
 *  of the narrowed index against constants stay int. */
function narrowK(J: JitState, tr: number, other: number): number {
  const r = trefRef(tr)
  if (trefType(other) !== IRT.INT || trefType(tr) !== IRT.NUM || !trefIsK(tr) || irOp(J, r) !== IR.KNUM) return tr
  const n = irKnum(J, r)
  return (n | 0) === n && !Object.is(n, -0) ? tref(kint(J, n), IRT.INT) : tr
}

/** Is the shadow value of slot [s] a number? */
export function isNum(J: JitState, s: number): boolean {
  return J.sU[2 * s + 1] < TAG_NUMX
}

/** Copy the heap value at arena slot [hs] (or its overlay) into shadow slot [s]. */
export function shadowLoad(J: JitState, L: LuaState, s: number, hs: number): void {
  for (let i = J.nov - 1; i >= 0; i--) {
    if (J.ovSlot[i] === hs) { J.sU[2 * s] = J.ovLo[i]; J.sU[2 * s + 1] = J.ovHi[i]; return }
  }
  J.sU[2 * s] = L.H.vU[2 * hs]; J.sU[2 * s + 1] = L.H.vU[2 * hs + 1]
}

/** Record a store of shadow slot [s] into arena slot [hs] in the overlay. */
export function shadowStore(J: JitState, s: number, hs: number): void {
  if (J.nov >= J_MAXOVERLAY) traceAbort(TraceError.NYITSET, 'too many stores')
  J.ovSlot[J.nov] = hs; J.ovLo[J.nov] = J.sU[2 * s]; J.ovHi[J.nov] = J.sU[2 * s + 1]
  J.nov++
}

/** Border of table [t] as the shadow sees it: the heap's, moved up over
 *  array slots this iteration filled (t[#t + 1] = v appends). */
function shadowLen(J: JitState, L: LuaState, t: number): number {
  const H = L.H
  let n = tabLen(H, t)
  const arr = H.tabArr[t], asz = H.tabAsize[t]
  for (let again = true; again && n < asz;) {
    again = false
    for (let i = J.nov - 1; i >= 0; i--) {
      if (J.ovSlot[i] === arr + n) {
        if (J.ovHi[i] !== TAG_NIL) { n++; again = true }
        break
      }
    }
  }
  return n
}

/** Set shadow slot [s] to a primitive of tag [tag]. */
export function shadowPri(J: JitState, s: number, tag: number): void {
  J.sU[2 * s] = PAYLOAD_NONE; J.sU[2 * s + 1] = tag
}

// -- For loops -------------------------------------------------------------------

/** Load the for-loop slots at [x] (index, stop, step, visible copy) and
 *  decide narrowing. The step is specialised: a guard pins it to the value
 *  seen while recording (invariant, so LOOP leaves it in the pre-roll). */
function recForSetup(J: JitState, x: number): void {
  const i = J.sF[x], stop = J.sF[x + 1], step = J.sF[x + 2]
  let narrow = (J.opt & (1 << JitOpt.narrow)) !== 0 && (step | 0) === step && step !== 0 &&
    (i | 0) === i && !Object.is(i, -0)
  const stopInt = (stop | 0) === stop
  const lim = step > 0 ? INT_MAX - step : INT_MIN - step
  if (narrow && !(step > 0 ? stop <= lim : stop >= lim)) narrow = false
  J.forNarrow = narrow
  J.forStep = step
  let idx: number
  if (narrow) {
    idx = tref(foldEmit(J, IR.SLOAD, IRT.INT | IRT_GUARD, x, IRSLOAD_CONVERT | IRSLOAD_INHERIT), IRT.INT)
    if (stopInt) {
      J.forStopRef = tref(foldEmit(J, IR.SLOAD, IRT.INT | IRT_GUARD, x + 1, IRSLOAD_CONVERT | IRSLOAD_READONLY), IRT.INT)
      foldEmit(J, step > 0 ? IR.LE : IR.GE, IRT.INT | IRT_GUARD, trefRef(J.forStopRef), kint(J, lim))
    } else {
      J.forStopRef = tref(foldEmit(J, IR.SLOAD, IRT.NUM, x + 1, IRSLOAD_READONLY), IRT.NUM)
      foldEmit(J, step > 0 ? IR.LE : IR.GE, IRT.NUM | IRT_GUARD, trefRef(J.forStopRef), knum(J, lim))
    }
    if (step !== 1) {
      const st = foldEmit(J, IR.SLOAD, IRT.NUM, x + 2, IRSLOAD_READONLY)
      foldEmit(J, IR.EQ, IRT.NUM | IRT_GUARD, st, knum(J, step))
    } else {
      const st = foldEmit(J, IR.SLOAD, IRT.INT | IRT_GUARD, x + 2, IRSLOAD_CONVERT | IRSLOAD_READONLY)
      foldEmit(J, IR.EQ, IRT.INT | IRT_GUARD, st, kint(J, 1))
    }
    J.forStepRef = tref(kint(J, step), IRT.INT)
  } else {
    idx = tref(foldEmit(J, IR.SLOAD, IRT.NUM, x, IRSLOAD_INHERIT), IRT.NUM)
    J.forStopRef = tref(foldEmit(J, IR.SLOAD, IRT.NUM, x + 1, IRSLOAD_READONLY), IRT.NUM)
    J.forStepRef = tref(foldEmit(J, IR.SLOAD, IRT.NUM, x + 2, IRSLOAD_READONLY), IRT.NUM)
    foldEmit(J, step > 0 ? IR.GT : IR.LE, IRT.NUM | IRT_GUARD, trefRef(J.forStepRef), knum(J, 0))
  }
  J.slot[x] = idx
  J.slot[x + 3] = idx
}

/** Record the FORL closing the loop: index + step, loop test, end snapshot. */
function recForl(J: JitState, x: number): void {
  J.curPc = J.endPc
  const step = J.forStep
  const ni = J.sF[x] + step
  if (!(step > 0 ? ni <= J.sF[x + 1] : ni >= J.sF[x + 1])) traceAbort(TraceError.LLEAVE, '')
  const idx = J.slot[x]
  let stop = J.forStopRef
  let t = IRT.NUM
  const nidx = foldEmit(J, IR.ADD, J.forNarrow ? IRT.INT : IRT.NUM, trefRef(idx), trefRef(J.forStepRef))
  let cmpL = nidx
  if (J.forNarrow) {
    if (trefType(stop) === IRT.INT) t = IRT.INT
    else cmpL = trefRef(toNum(J, tref(nidx, IRT.INT)))
  } else stop = toNum(J, stop)
  foldEmit(J, step > 0 ? IR.LE : IR.GE, t | IRT_GUARD, cmpL, trefRef(stop))
  const tr = tref(nidx, J.forNarrow ? IRT.INT : IRT.NUM)
  setSlot(J, x, tr)
  setSlot(J, x + 3, tr)
  J.sF[x] = ni; J.sF[x + 3] = ni
  snapAdd(J, J.startPc)
}

// -- Bytecodes -------------------------------------------------------------------

/** Record bytecode [ins] at [pc]; returns the next pc. */
function recIns(J: JitState, L: LuaState, pc: number, ins: number): number {
  const H = L.H
  const op = ins & 0xff
  const bs = J.baseslot
  const kn = J.kn, kg = J.kg
  const a = ((ins >>> 8) & 0xff) + bs
  const d = ins >>> 16
  const rc = (ins >>> 16) & 0xff
  const b = (ins >>> 24) + bs
  const c = rc + bs
  const sF = J.sF, sU = J.sU
  switch (op) {
    case BC.ISLT: case BC.ISGE: case BC.ISLE: case BC.ISGT: {
      const y = d + bs
      if (!isNum(J, a) || !isNum(J, y)) traceAbort(TraceError.NYIBC, BC_NAMES[op])
      const vx = sF[a], vy = sF[y]
      let cond: boolean
      if (op === BC.ISLT) cond = vx < vy
      else if (op === BC.ISGE) cond = !(vx < vy)
      else if (op === BC.ISLE) cond = vx <= vy
      else cond = !(vx <= vy)
      let tx = narrowK(J, getSlot(J, a), J.slot[y] !== 0 ? J.slot[y] : getSlot(J, y))
      let ty = narrowK(J, J.slot[y], tx)
      let t = IRT.INT
      if (trefType(tx) !== IRT.INT || trefType(ty) !== IRT.INT) { tx = toNum(J, tx); ty = toNum(J, ty); t = IRT.NUM }
      // The IR op asserting the observed outcome; ^1 negates, unordered for num.
      let iop = op === BC.ISLT || op === BC.ISGE ? IR.LT : IR.LE
      const holds = op === BC.ISLT || op === BC.ISLE ? cond : !cond
      if (!holds) iop = t === IRT.NUM ? (iop ^ 1 ^ 4) : (iop ^ 1)
      foldEmit(J, iop, t | IRT_GUARD, trefRef(tx), trefRef(ty))
      return cond ? pc + 1 + ((J.L.H.bc[pc + 1] >>> 16) - 0x8000) + 1 : pc + 2
    }
    case BC.ISEQV: case BC.ISNEV: case BC.ISEQN: case BC.ISNEN:
    case BC.ISEQS: case BC.ISNES: case BC.ISEQP: case BC.ISNEP: {
      const eq = recEquality(J, L, op, a, d, kn, kg)
      const neg = op === BC.ISNEV || op === BC.ISNEN || op === BC.ISNES || op === BC.ISNEP
      return eq !== neg ? pc + 1 + ((H.bc[pc + 1] >>> 16) - 0x8000) + 1 : pc + 2
    }
    case BC.ISTC: case BC.ISFC: case BC.IST: case BC.ISF: {
      const s = d + bs
      getSlot(J, s) // the type guard decides truthiness
      const truthy = sU[2 * s + 1] < TAG_FALSE
      const jump = truthy === (op === BC.ISTC || op === BC.IST)
      if (jump && (op === BC.ISTC || op === BC.ISFC)) {
        setSlot(J, a, J.slot[s]); sU[2 * a] = sU[2 * s]; sU[2 * a + 1] = sU[2 * s + 1]
      }
      return jump ? pc + 1 + ((H.bc[pc + 1] >>> 16) - 0x8000) + 1 : pc + 2
    }
    case BC.MOV: {
      const s = d + bs
      setSlot(J, a, getSlot(J, s)); sU[2 * a] = sU[2 * s]; sU[2 * a + 1] = sU[2 * s + 1]
      return pc + 1
    }
    case BC.NOT: {
      const s = d + bs
      getSlot(J, s)
      const truthy = sU[2 * s + 1] < TAG_FALSE
      setSlot(J, a, truthy ? TREF_FALSE : TREF_TRUE); shadowPri(J, a, truthy ? TAG_FALSE : TAG_TRUE)
      return pc + 1
    }
    case BC.UNM: {
      const s = d + bs
      if (!isNum(J, s)) traceAbort(TraceError.NYIBC, 'UNM')
      const r = foldEmit(J, IR.NEG, IRT.NUM, trefRef(toNum(J, getSlot(J, s))), 0)
      setSlot(J, a, tref(r, IRT.NUM)); sF[a] = -sF[s]
      return pc + 1
    }
    case BC.ADDVN: case BC.SUBVN: case BC.MULVN: case BC.DIVVN: case BC.MODVN:
    case BC.ADDNV: case BC.SUBNV: case BC.MULNV: case BC.DIVNV: case BC.MODNV:
    case BC.ADDVV: case BC.SUBVV: case BC.MULVV: case BC.DIVVV: case BC.MODVV:
    case BC.POW: {
      let tx: number, ty: number, vx: number, vy: number
      if (op <= BC.MODVN || op >= BC.ADDVV) {
        if (!isNum(J, b)) traceAbort(TraceError.NYIBC, BC_NAMES[op])
        tx = getSlot(J, b); vx = sF[b]
      } else { vx = H.vF[kn + rc]; tx = tref(knum(J, vx), IRT.NUM) }
      if (op <= BC.MODVN) { vy = H.vF[kn + rc]; ty = tref(knum(J, vy), IRT.NUM) }
      else if (op >= BC.ADDVV) {
        if (!isNum(J, c)) traceAbort(TraceError.NYIBC, BC_NAMES[op])
        ty = getSlot(J, c); vy = sF[c]
      } else {
        if (!isNum(J, b)) traceAbort(TraceError.NYIBC, BC_NAMES[op])
        ty = getSlot(J, b); vy = sF[b]
      }
      let iop: number, r: number
      switch (op === BC.POW ? -1 : (op - BC.ADDVN) % 5) {
        case 0: iop = IR.ADD; r = vx + vy; break
        case 1: iop = IR.SUB; r = vx - vy; break
        case 2: iop = IR.MUL; r = vx * vy; break
        case 3: iop = IR.DIV; r = vx / vy; break
        case 4: iop = IR.MOD; r = vx - Math.floor(vx / vy) * vy; break
        default: iop = IR.POW; r = luaPow(vx, vy)
      }
      const ref = foldEmit(J, iop, IRT.NUM, trefRef(toNum(J, tx)), trefRef(toNum(J, ty)))
      setSlot(J, a, tref(ref, IRT.NUM)); sF[a] = r
      return pc + 1
    }
    case BC.KSTR: {
      const id = H.vU[2 * (kg + d)]
      setSlot(J, a, tref(kgc(J, id, IRT.STR), IRT.STR)); sU[2 * a] = id; sU[2 * a + 1] = TAG_STR
      return pc + 1
    }
    case BC.KSHORT: {
      const n = ins >> 16
      setSlot(J, a, tref(knum(J, n), IRT.NUM)); sF[a] = n
      return pc + 1
    }
    case BC.KNUM: {
      const n = H.vF[kn + d]
      setSlot(J, a, tref(knum(J, n), IRT.NUM)); sF[a] = n
      return pc + 1
    }
    case BC.KPRI: {
      setSlot(J, a, trefPri(d)); shadowPri(J, a, (~d) >>> 0)
      return pc + 1
    }
    case BC.KNIL: {
      for (let s = a; s <= d + bs; s++) { setSlot(J, s, TREF_NIL); shadowPri(J, s, TAG_NIL) }
      return pc + 1
    }
    case BC.LEN: {
      const s = d + bs
      const hs = sU[2 * s + 1]
      if (hs !== TAG_STR && hs !== TAG_TAB) traceAbort(TraceError.NYIBC, 'LEN')
      const ts = getSlot(J, s)
      let n: number
      let r: number
      if (hs === TAG_STR) {
        n = H.strLen[sU[2 * s]]
        r = foldEmit(J, IR.FLOAD, IRT.INT, trefRef(ts), IRFL.STR_LEN)
      } else {
        // 5.1: # of a table is always the raw border (no __len for tables).
        n = shadowLen(J, L, sU[2 * s])
        r = foldEmit(J, IR.ALEN, IRT.INT, trefRef(ts), REF_NIL)
      }
      setSlot(J, a, tref(r, IRT.INT)); sF[a] = n
      return pc + 1
    }
    case BC.TNEW: case BC.TDUP: {
      // Allocation: the trace calls the runtime (which never collects
      // there); the guard exits before the bytecode when the heap is past
      // the GC threshold, so the interpreter allocates and collects. The
      // shadow gets a real table of the same layout, freed after recording.
      if (J.nshadowTab >= J_MAXSHADOWTAB) traceAbort(TraceError.NYIBC, BC_NAMES[op])
      let t: number, r: number
      if (op === BC.TDUP) {
        const tmpl = H.vU[2 * (kg + d)]
        t = tabDup(H, tmpl)
        r = foldEmit(J, IR.TDUP, IRT.TAB | IRT_GUARD, kgc(J, tmpl, IRT.TAB), 0)
      } else {
        const hb = d >>> 11, na = d & 0x7ff
        const narr = na > 0 ? na - 1 : 0, nhash = hb !== 0 ? 1 << hb : 0
        if (nhash >= 0x4000) traceAbort(TraceError.NYIBC, BC_NAMES[op])
        t = tabNew(H, narr, nhash)
        r = foldEmit(J, IR.TNEW, IRT.TAB | IRT_GUARD, narr, nhash)
      }
      J.shadowTab[J.nshadowTab++] = t
      setSlot(J, a, tref(r, IRT.TAB)); sU[2 * a] = t; sU[2 * a + 1] = TAG_TAB
      return pc + 1
    }
    case BC.UGET: return recUget(J, L, pc, a, d)
    case BC.USETV: case BC.USETS: case BC.USETN: case BC.USETP: return recUset(J, L, pc, op, a - bs, d)
    case BC.GGET: case BC.GSET: return recGlobal(J, L, pc, op, a, H.vU[2 * (kg + d)])
    case BC.CALL: case BC.CALLM: {
      // CALLM: C fixed arguments plus the multiple results before it.
      const nargs = op === BC.CALLM ? rc + J.multres : rc - 1
      if (sU[2 * a + 1] === TAG_FUNC && H.fnProto[sU[2 * a]] !== 0) return recLuaCall(J, L, pc, a, nargs, (ins >>> 24) - 1)
      return recCall(J, L, pc, a, nargs, (ins >>> 24) - 1)
    }
    case BC.CALLT: case BC.CALLMT:
      if (J.framedepth === 0) return traceAbort(TraceError.LLEAVE, '')
      if (sU[2 * a + 1] === TAG_FUNC && H.fnProto[sU[2 * a]] !== 0) {
        return recTailCall(J, L, a, op === BC.CALLMT ? d + J.multres : d - 1)
      }
      return traceAbort(TraceError.NYIBC, BC_NAMES[op])
    case BC.TGETS: case BC.TSETS: return recTabStr(J, L, pc, op, a, b, H.vU[2 * (kg + rc)])
    case BC.TGETV: case BC.TGETB: case BC.TSETV: case BC.TSETB: return recIndex(J, L, pc, op, a, b, c, rc)
    case BC.JMP: {
      const dst = pc + 1 + d - 0x8000
      if (dst > pc) return dst
      // Inside an inlined frame a back edge is an inner loop.
      if (J.framedepth > 0) return traceAbort(TraceError.LINNER, '')
      return recJmpBack(J, dst) // back edge of a while loop
    }
    case BC.FORI: case BC.JFORI: case BC.LOOP: case BC.ILOOP: case BC.JLOOP:
    case BC.FORL: case BC.IFORL: case BC.JFORL:
      // Links and side-trace stops need the trace's own frame.
      if (J.framedepth > 0) return traceAbort(TraceError.LINNER, '')
      if (op === BC.FORI || op === BC.JFORI) return recFori(J, L, pc, ins, a)
      if (op === BC.LOOP || op === BC.ILOOP || op === BC.JLOOP) return recLoopOp(J, L, pc)
      return recForlAny(J, L, pc, ins, a)
    case BC.ITERC: case BC.ITERN: case BC.ITERL: case BC.IITERL: case BC.JITERL:
      if (J.framedepth > 0) return traceAbort(TraceError.LINNER, '')
      return recLeave(J, pc, TraceError.LINNER, op)
    case BC.RET: case BC.RET0: case BC.RET1: case BC.RETM:
      // A return of an inlined frame is recorded; of the trace's own frame, a leave.
      if (J.framedepth > 0) return recRet(J, L, op, a, d)
      return recLeave(J, pc, TraceError.LLEAVE, op)
    default:
      if (J.framedepth > 0) return traceAbort(TraceError.NYIBC, BC_NAMES[op])
      return recLeave(J, pc, TraceError.NYIBC, op)
  }
}

/** Record an equality compare; returns the observed equality. */
function recEquality(J: JitState, L: LuaState, op: number, a: number, d: number, kn: number, kg: number): boolean {
  const sU = J.sU, sF = J.sF
  const ha = sU[2 * a + 1]
  const tx = getSlot(J, a)
  let ty: number, hb: number, lb: number, nb = 0
  if (op === BC.ISEQV || op === BC.ISNEV) {
    const y = d + J.baseslot
    ty = getSlot(J, y); hb = sU[2 * y + 1]; lb = sU[2 * y]; nb = sF[y]
  } else if (op === BC.ISEQN || op === BC.ISNEN) {
    nb = L.H.vF[kn + d]; hb = 0; lb = 0; ty = tref(knum(J, nb), IRT.NUM)
  } else if (op === BC.ISEQS || op === BC.ISNES) {
    lb = L.H.vU[2 * (kg + d)]; hb = TAG_STR; ty = tref(kgc(J, lb, IRT.STR), IRT.STR)
  } else { hb = (~d) >>> 0; lb = PAYLOAD_NONE; ty = trefPri(d) }
  const na = ha < TAG_NUMX, nbn = hb < TAG_NUMX
  if (na !== nbn || (!na && ha !== hb)) return false // types differ: known by the guards
  let eq: boolean
  if (na) {
    eq = sF[a] === nb
    let t = IRT.INT, x = tx, y = ty
    if (trefType(x) !== IRT.INT || trefType(y) !== IRT.INT) { x = toNum(J, x); y = toNum(J, y); t = IRT.NUM }
    foldEmit(J, eq ? IR.EQ : IR.NE, t | IRT_GUARD, trefRef(x), trefRef(y))
    return eq
  }
  if (ha >= TAG_FALSE) return true // nil, false, true: same type, same value
  eq = sU[2 * a] === lb
  if (!eq && ha === 0xfffffff3) traceAbort(TraceError.NYIBC, BC_NAMES[op]) // userdata __eq
  if (!eq && ha === TAG_TAB) recNoEqMM(J, L, op, sU[2 * a], trefRef(tx))
  const r = foldEmit(J, eq ? IR.EQ : IR.NE, irtOfTag(ha) | IRT_GUARD, trefRef(tx), trefRef(ty))
  if (r === REF_DROP) return eq
  return eq
}

/** Record UGET of upvalue [d] into slot [a]. An open upvalue inside the
 *  trace's stack window aliases a root-frame slot: guard that it still
 *  points there (UREFO with the slot in op2's high byte) and read the slot
 *  map. Other upvalues: UREFO (open outside the window) or UREFC + ULOAD. */
function recUget(J: JitState, L: LuaState, pc: number, a: number, d: number): number {
  const H = L.H
  const uv = H.fnUvIds[H.fnUv[J.cl] + d]
  const hs = H.uvSlot[uv]
  const open = hs !== H.uvOwn[uv]
  const fn = getSlot(J, J.baseslot - 2)
  if (open && hs >= J.base - 2) {
    const s = uvFrameSlot(J, hs)
    foldEmit(J, IR.UREFO, IRT.P32 | IRT_GUARD, trefRef(fn), d | (s << 8))
    setSlot(J, a, getSlot(J, s))
    J.sU[2 * a] = J.sU[2 * s]; J.sU[2 * a + 1] = J.sU[2 * s + 1]
    return pc + 1
  }
  const ref = foldEmit(J, open ? IR.UREFO : IR.UREFC, IRT.P32 | IRT_GUARD, trefRef(fn), d)
  shadowLoad(J, L, a, hs)
  const t = irtOfTag(J.sU[2 * a + 1])
  const v = foldEmit(J, IR.ULOAD, t | IRT_GUARD, ref, 0)
  setSlot(J, a, t <= IRT.TRUE ? trefPri(t) : tref(v, t))
  return pc + 1
}

/** The root-frame slot an open upvalue at arena slot [hs] aliases. */
function uvFrameSlot(J: JitState, hs: number): number {
  const s = hs - (J.base - 2)
  if (s < 2 || s >= 128 || s >= J.frMaxslot0) traceAbort(TraceError.NYIUV, 'open in frame')
  return s
}

/** Record USETV/USETS/USETN/USETP of upvalue [d] (operand [v]). */
function recUset(J: JitState, L: LuaState, pc: number, op: number, d: number, v: number): number {
  const H = L.H
  const sU = J.sU
  const tmp = J.maxslot // scratch shadow slot for the stored value
  let tr: number
  if (op === BC.USETV) {
    const s = v + J.baseslot
    tr = getSlot(J, s); sU[2 * tmp] = sU[2 * s]; sU[2 * tmp + 1] = sU[2 * s + 1]
  } else if (op === BC.USETS) {
    const id = H.vU[2 * (J.kg + v)]
    tr = tref(kgc(J, id, IRT.STR), IRT.STR); sU[2 * tmp] = id; sU[2 * tmp + 1] = TAG_STR
  } else if (op === BC.USETN) {
    const n = H.vF[J.kn + v]
    tr = tref(knum(J, n), IRT.NUM); J.sF[tmp] = n
  } else { tr = trefPri(v); shadowPri(J, tmp, (~v) >>> 0) }
  const uv = H.fnUvIds[H.fnUv[J.cl] + d]
  const hs = H.uvSlot[uv]
  const open = hs !== H.uvOwn[uv]
  const fn = getSlot(J, J.baseslot - 2)
  if (open && hs >= J.base - 2) {
    const s = uvFrameSlot(J, hs)
    foldEmit(J, IR.UREFO, IRT.P32 | IRT_GUARD, trefRef(fn), d | (s << 8))
    setSlot(J, s, tr)
    sU[2 * s] = sU[2 * tmp]; sU[2 * s + 1] = sU[2 * tmp + 1]
    return pc + 1
  }
  const ref = foldEmit(J, open ? IR.UREFO : IR.UREFC, IRT.P32 | IRT_GUARD, trefRef(fn), d)
  foldEmit(J, IR.USTORE, trefType(tr), ref, trefRef(tr))
  shadowStore(J, tmp, hs)
  return pc + 1
}
