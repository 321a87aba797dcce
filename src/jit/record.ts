// Recorder: bytecode -> IR for root traces of numeric for loops (lj_record.c).
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
// Supported: MOV, NOT, UNM, KSTR/KSHORT/KNUM/KPRI/KNIL, arithmetic on
// numbers (ADD..MOD, POW), ordered and equality compares, IST/ISF/ISTC/ISFC,
// JMP forward, UGET (open upvalues outside the frame, closed ones), GGET,
// GSET, TGETS and TSETS on shape-mode tables (existing non-nil fields: one
// shape guard + a fixed field slot), TGETV/TGETB/TSETV/TSETB on the array
// part, CALL of math builtins (ffrec.ts); FORI/FORL/LOOP of other loops
// and returns go to side.ts (links to compiled loops, side-trace stops).
// Everything else aborts with LuaJIT's error (NYI: bytecode, inner loop,
// leaving loop, ...); a side trace ends in the interpreter instead.
import { BC, BC_NAMES } from '../../soa/bc'
import {
  IR, IRT, IRT_GUARD, IRFL, TREF_NIL, TREF_FALSE, TREF_TRUE, REF_DROP,
  IRSLOAD_TYPECHECK, IRSLOAD_CONVERT, IRSLOAD_INHERIT, IRSLOAD_READONLY,
  tref, trefRef, trefType, trefIsK, irtOfTag, irconv,
} from '../../soa/ir'
import { TAG_NUMX, TAG_FALSE, TAG_NIL, TAG_STR, TAG_TAB, TAG_TRUE, PAYLOAD_NONE } from '../../soa/value'
import { shapeFind } from '../rt/shape'
import { luaPow } from '../vm/meta'
import { JitOpt } from '../lib/jit'
import type { LuaState } from '../vm/state'
import { J_MAXOVERLAY, J_MAXSLOT, TraceLink, type JitState } from './state'
import { irReset, irOp, irKnum, kint, knum, kgc, kslot } from './ir'
import { foldEmit } from './fold'
import { snapAdd } from './snap'
import { TraceError, traceAbort } from './traceerr'
import { recCall } from './ffrec'
import { recFori, recForlAny, recLoopOp, recLeave, recJmpBack, SIDE_MAXREC } from './side'

const INT_MAX = 0x7fffffff
const INT_MIN = -0x80000000

/** Record one iteration of the for loop whose body starts at [pc] (the
 *  FORL's target) in the frame at L.base. Throws TraceAbort. */
export function recordRoot(J: JitState, L: LuaState, pc: number): void {
  const H = L.H
  const bc = H.bc
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
  J.base = base; J.cl = cl; J.pt = pt
  J.startPc = pc; J.endPc = endPc; J.curPc = pc
  const nslots = H.ptFrameSize[pt] + 2
  if (nslots >= J_MAXSLOT) traceAbort(TraceError.STACKOV, '')
  J.maxslot = nslots
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
}

/** Record from [pc] until the trace ends: a root at its own loop end (for
 *  slot [forSlot], -1 for a LOOP root), any trace at a link or stop. */
export function recBody(J: JitState, L: LuaState, pc: number, forSlot: number): void {
  const H = L.H
  const bc = H.bc
  const kn = H.ptKnum[J.pt], kg = H.ptKgc[J.pt]
  const root = J.parent === 0
  const endPc = J.endPc
  for (;;) {
    if (root) {
      if (forSlot >= 0 && pc === endPc) { recForl(J, forSlot); J.linkType = TraceLink.LOOP; break }
      if (pc === J.loopPc) { J.curPc = pc; snapAdd(J, J.startPc); J.linkType = TraceLink.LOOP; break }
      if (pc < J.loopLo || pc > endPc) traceAbort(TraceError.LLEAVE, '')
    } else if (++J.nrec > SIDE_MAXREC) traceAbort(TraceError.TRACEOV, '')
    J.curPc = pc
    pc = recIns(J, L, pc, bc[pc], kn, kg)
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
function trefPri(t: number): number {
  return t === IRT.NIL ? TREF_NIL : t === IRT.FALSE ? TREF_FALSE : TREF_TRUE
}

/** A number TRef as num (converting an int). */
export function toNum(J: JitState, tr: number): number {
  if (trefType(tr) === IRT.NUM) return tr
  return tref(foldEmit(J, IR.CONV, IRT.NUM, trefRef(tr), irconv(IRT.NUM, IRT.INT, false)), IRT.NUM)
}

/** A number TRef as int, with a guard that it is integral. */
function toInt(J: JitState, tr: number): number {
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
function isNum(J: JitState, s: number): boolean {
  return J.sU[2 * s + 1] < TAG_NUMX
}

/** Copy the heap value at arena slot [hs] (or its overlay) into shadow slot [s]. */
function shadowLoad(J: JitState, L: LuaState, s: number, hs: number): void {
  for (let i = J.nov - 1; i >= 0; i--) {
    if (J.ovSlot[i] === hs) { J.sU[2 * s] = J.ovLo[i]; J.sU[2 * s + 1] = J.ovHi[i]; return }
  }
  J.sU[2 * s] = L.H.vU[2 * hs]; J.sU[2 * s + 1] = L.H.vU[2 * hs + 1]
}

/** Record a store of shadow slot [s] into arena slot [hs] in the overlay. */
function shadowStore(J: JitState, s: number, hs: number): void {
  if (J.nov >= J_MAXOVERLAY) traceAbort(TraceError.NYITSET, 'too many stores')
  J.ovSlot[J.nov] = hs; J.ovLo[J.nov] = J.sU[2 * s]; J.ovHi[J.nov] = J.sU[2 * s + 1]
  J.nov++
}

/** Set shadow slot [s] to a primitive of tag [tag]. */
function shadowPri(J: JitState, s: number, tag: number): void {
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
function recIns(J: JitState, L: LuaState, pc: number, ins: number, kn: number, kg: number): number {
  const H = L.H
  const op = ins & 0xff
  const a = ((ins >>> 8) & 0xff) + 2
  const d = ins >>> 16
  const b = (ins >>> 24) + 2
  const c = ((ins >>> 16) & 0xff) + 2
  const sF = J.sF, sU = J.sU
  switch (op) {
    case BC.ISLT: case BC.ISGE: case BC.ISLE: case BC.ISGT: {
      const y = d + 2
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
      const s = d + 2
      getSlot(J, s) // the type guard decides truthiness
      const truthy = sU[2 * s + 1] < TAG_FALSE
      const jump = truthy === (op === BC.ISTC || op === BC.IST)
      if (jump && (op === BC.ISTC || op === BC.ISFC)) {
        setSlot(J, a, J.slot[s]); sU[2 * a] = sU[2 * s]; sU[2 * a + 1] = sU[2 * s + 1]
      }
      return jump ? pc + 1 + ((H.bc[pc + 1] >>> 16) - 0x8000) + 1 : pc + 2
    }
    case BC.MOV: {
      const s = d + 2
      setSlot(J, a, getSlot(J, s)); sU[2 * a] = sU[2 * s]; sU[2 * a + 1] = sU[2 * s + 1]
      return pc + 1
    }
    case BC.NOT: {
      const s = d + 2
      getSlot(J, s)
      const truthy = sU[2 * s + 1] < TAG_FALSE
      setSlot(J, a, truthy ? TREF_FALSE : TREF_TRUE); shadowPri(J, a, truthy ? TAG_FALSE : TAG_TRUE)
      return pc + 1
    }
    case BC.UNM: {
      const s = d + 2
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
      } else { vx = H.vF[kn + c - 2]; tx = tref(knum(J, vx), IRT.NUM) }
      if (op <= BC.MODVN) { vy = H.vF[kn + c - 2]; ty = tref(knum(J, vy), IRT.NUM) }
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
      for (let s = a; s <= d + 2; s++) { setSlot(J, s, TREF_NIL); shadowPri(J, s, TAG_NIL) }
      return pc + 1
    }
    case BC.UGET: return recUget(J, L, pc, a, d)
    case BC.GGET: case BC.GSET: return recGlobal(J, L, pc, op, a, H.vU[2 * (kg + d)])
    case BC.CALL: return recCall(J, L, pc, a, c - 3, b - 3)
    case BC.TGETS: case BC.TSETS: return recTabStr(J, L, pc, op, a, b, H.vU[2 * (kg + c - 2)])
    case BC.TGETV: case BC.TGETB: case BC.TSETV: case BC.TSETB: return recIndex(J, L, pc, op, a, b, c)
    case BC.JMP: {
      const dst = pc + 1 + d - 0x8000
      return dst <= pc ? recJmpBack(J, dst) : dst // back edge of a while loop
    }
    case BC.FORI: case BC.JFORI: return recFori(J, L, pc, ins, a)
    case BC.FORL: case BC.IFORL: case BC.JFORL: return recForlAny(J, L, pc, ins, a)
    case BC.LOOP: case BC.ILOOP: case BC.JLOOP: return recLoopOp(J, L, pc)
    case BC.ITERC: case BC.ITERN: case BC.ITERL: case BC.IITERL: case BC.JITERL:
      return recLeave(J, pc, TraceError.LINNER, op)
    case BC.RET: case BC.RET0: case BC.RET1: case BC.RETM:
      return recLeave(J, pc, TraceError.LLEAVE, op)
    default:
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
    ty = getSlot(J, d + 2); hb = sU[2 * (d + 2) + 1]; lb = sU[2 * (d + 2)]; nb = sF[d + 2]
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
  if (!eq && (ha === TAG_TAB || ha === 0xfffffff3)) traceAbort(TraceError.NYIBC, BC_NAMES[op]) // __eq
  const r = foldEmit(J, eq ? IR.EQ : IR.NE, irtOfTag(ha) | IRT_GUARD, trefRef(tx), trefRef(ty))
  if (r === REF_DROP) return eq
  return eq
}

/** Record UGET of upvalue [d] into slot [a]. */
function recUget(J: JitState, L: LuaState, pc: number, a: number, d: number): number {
  const H = L.H
  const uv = H.fnUvIds[H.fnUv[J.cl] + d]
  const hs = H.uvSlot[uv]
  const open = hs !== H.uvOwn[uv]
  if (open && hs >= J.base - 2) traceAbort(TraceError.NYIUV, 'open in frame')
  const fn = getSlot(J, 0)
  const ref = foldEmit(J, open ? IR.UREFO : IR.UREFC, IRT.P32 | IRT_GUARD, trefRef(fn), d)
  shadowLoad(J, L, a, hs)
  const t = irtOfTag(J.sU[2 * a + 1])
  const v = foldEmit(J, IR.ULOAD, t | IRT_GUARD, ref, 0)
  setSlot(J, a, t <= IRT.TRUE ? trefPri(t) : tref(v, t))
  return pc + 1
}

/** Record GGET/GSET of string [key] with slot [a]: the environment table
 *  comes from the closure (FLOAD func.env). */
function recGlobal(J: JitState, L: LuaState, pc: number, op: number, a: number, key: number): number {
  const env = L.H.fnEnv[J.cl]
  const fn = getSlot(J, 0)
  const envr = foldEmit(J, IR.FLOAD, IRT.TAB, trefRef(fn), IRFL.FUNC_ENV)
  return recField(J, L, pc, op === BC.GGET, TraceError.NYIGLOBAL, a, env, envr, key)
}

/** Record TGETS/TSETS of string constant [key] on the table in slot [b]. */
function recTabStr(J: JitState, L: LuaState, pc: number, op: number, a: number, b: number, key: number): number {
  const isGet = op === BC.TGETS
  if (J.sU[2 * b + 1] !== TAG_TAB) traceAbort(isGet ? TraceError.NYITGET : TraceError.NYITSET, 'non-table')
  const tt = getSlot(J, b)
  return recField(J, L, pc, isGet, isGet ? TraceError.NYITGET : TraceError.NYITSET, a, J.sU[2 * b], trefRef(tt), key)
}

/** Record a get/set of field [key] of table [t] (IR ref [tr]) with slot
 *  [a], through the table's shape: guard the shape, load the fields base,
 *  fixed field index (HREFK). Only existing non-nil fields: a get of one
 *  never consults __index, a store to one never __newindex nor a shape
 *  change, so the shape guard plus the value's type guard make it safe. */
function recField(J: JitState, L: LuaState, pc: number, isGet: boolean, err: TraceError, a: number, t: number, tr: number, key: number): number {
  const H = L.H
  const sh = H.tabShape[t]
  if (sh === 0) traceAbort(err, 'dictionary table')
  const idx = shapeFind(H, sh, key)
  if (idx < 0) traceAbort(err, 'absent key')
  const hs = H.tabFields[t] + idx
  const shr = foldEmit(J, IR.FLOAD, IRT.INT, tr, IRFL.TAB_SHAPE)
  foldEmit(J, IR.EQ, IRT.INT | IRT_GUARD, shr, kint(J, sh))
  const flds = foldEmit(J, IR.FLOAD, IRT.P32, tr, IRFL.TAB_FIELDS)
  const href = foldEmit(J, IR.HREFK, IRT.P32, flds, kslot(J, kgc(J, key, IRT.STR), idx))
  const sU = J.sU
  if (isGet) {
    const tmp = J.maxslot // scratch shadow slot above the frame
    shadowLoad(J, L, tmp, hs)
    const vt = irtOfTag(sU[2 * tmp + 1])
    if (vt === IRT.NIL) traceAbort(err, 'nil value')
    const v = foldEmit(J, IR.HLOAD, vt | IRT_GUARD, href, 0)
    setSlot(J, a, vt <= IRT.TRUE ? trefPri(vt) : tref(v, vt))
    sU[2 * a] = sU[2 * tmp]; sU[2 * a + 1] = sU[2 * tmp + 1]
    return pc + 1
  }
  // A raw store needs the old value non-nil (else __newindex/dead field).
  const tmp = J.maxslot
  shadowLoad(J, L, tmp, hs)
  const ot = irtOfTag(sU[2 * tmp + 1])
  if (ot === IRT.NIL) traceAbort(err, 'store to nil')
  foldEmit(J, IR.HLOAD, ot | IRT_GUARD, href, 0)
  const v = getSlot(J, a)
  foldEmit(J, IR.HSTORE, trefType(v), href, trefRef(v))
  shadowStore(J, a, hs)
  return pc + 1
}

/** Record TGETV/TGETB/TSETV/TSETB on the array part. */
function recIndex(J: JitState, L: LuaState, pc: number, op: number, a: number, b: number, c: number): number {
  const H = L.H
  const sU = J.sU, sF = J.sF
  const isGet = op === BC.TGETV || op === BC.TGETB
  const byte = op === BC.TGETB || op === BC.TSETB
  if (sU[2 * b + 1] !== TAG_TAB) traceAbort(isGet ? TraceError.NYITGET : TraceError.NYITSET, 'non-table')
  const t = sU[2 * b]
  const k = byte ? c - 2 : sF[c]
  if (!byte && !isNum(J, c)) traceAbort(isGet ? TraceError.NYITGET : TraceError.NYITSET, 'non-number key')
  if (!((k | 0) === k && k >= 1 && k <= H.tabAsize[t])) {
    traceAbort(isGet ? TraceError.NYITGET : TraceError.NYITSET, 'hash part')
  }
  const hs = H.tabArr[t] + k - 1
  const tt = getSlot(J, b)
  const key = byte ? kint(J, k) : trefRef(toInt(J, getSlot(J, c)))
  const asz = foldEmit(J, IR.FLOAD, IRT.INT, trefRef(tt), IRFL.TAB_ASIZE)
  foldEmit(J, IR.ABC, IRT.INT | IRT_GUARD, asz, key)
  const arr = foldEmit(J, IR.FLOAD, IRT.P32, trefRef(tt), IRFL.TAB_ARRAY)
  const aref = foldEmit(J, IR.AREF, IRT.P32, arr, key)
  const tmp = J.maxslot
  shadowLoad(J, L, tmp, hs)
  const vt = irtOfTag(sU[2 * tmp + 1])
  if (isGet) {
    if (vt === IRT.NIL) traceAbort(TraceError.NYITGET, 'nil value')
    const v = foldEmit(J, IR.ALOAD, vt | IRT_GUARD, aref, 0)
    setSlot(J, a, vt <= IRT.TRUE ? trefPri(vt) : tref(v, vt))
    sU[2 * a] = sU[2 * tmp]; sU[2 * a + 1] = sU[2 * tmp + 1]
    return pc + 1
  }
  if (H.tabMeta[t] !== 0) {
    if (vt === IRT.NIL) traceAbort(TraceError.NYITSET, 'nil value with metatable')
    foldEmit(J, IR.ALOAD, vt | IRT_GUARD, aref, 0)
  } else {
    const mt = foldEmit(J, IR.FLOAD, IRT.INT, trefRef(tt), IRFL.TAB_META)
    foldEmit(J, IR.EQ, IRT.INT | IRT_GUARD, mt, kint(J, 0))
  }
  const v = getSlot(J, a)
  foldEmit(J, IR.ASTORE, trefType(v), aref, trefRef(v))
  shadowStore(J, a, hs)
  return pc + 1
}
