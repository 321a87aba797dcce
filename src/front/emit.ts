// Expression emitter: discharging expression descriptors into registers,
// stores, branches, and the arithmetic/comparison/unary operators, with
// LuaJIT's constant folding and specialised forms.
//
// An ExpDesc describes a value that is not (necessarily) computed yet:
//   constants  VKNIL VKFALSE VKTRUE VKSTR VKNUM   (no code emitted)
//   VLOCAL     info = register, aux = variable index
//   VUPVAL     info = upvalue index, aux = variable index
//   VGLOBAL    sval = name
//   VINDEXED   info = table register, aux = key: 0..255 register,
//              256..511 byte constant (TGETB), negative ~k string const
//   VJMP       info = pc of the JMP after a comparison
//   VRELOCABLE info = pc of an instruction whose A is still open
//   VNONRELOC  info = register holding the value
//   VCALL      info = pc of the CALL, aux = base register
// plus the true/false jump lists t and f (for and/or/not/comparisons).
//
// Constant folding (LuaJIT's foldarith): both operands numeric constants
// without pending jumps; results that are NaN or -0 are not folded, since
// constants are keyed like table keys (NaN is no key, -0 merges with +0).
// Unary minus folds except on zero (to keep -0 out of constants).

import { BC, NO_REG, NO_JMP, BCMAX_B, BCMAX_C, bcOp, bcD, bcIns, bcInsAD,
  bcSetA, bcSetB, VKNIL as P_NIL, VKFALSE as P_FALSE,
  VKTRUE as P_TRUE } from '../../soa/bc'
import { type FuncState, VSTACK_VAR_RW, constNum, constStr, bcemitINS,
  bcemitAD, bcemitAJ, bcemitJmp, bcregReserve, bcregFree, jmpAppend,
  jmpNovalue, jmpPatchval, jmpTohere, jmpDropval } from './funcstate'

// -- Expression descriptors -------------------------------------------------------

// ORDER VK: constants first, in the order of the primitive codes.
export const VKNIL = 0
export const VKFALSE = 1
export const VKTRUE = 2
export const VKSTR = 3
export const VKNUM = 4
export const VKLAST = VKNUM
export const VLOCAL = 6
export const VUPVAL = 7
export const VGLOBAL = 8
export const VINDEXED = 9
export const VJMP = 10
export const VRELOCABLE = 11
export const VNONRELOC = 12
export const VCALL = 13
export const VVOID = 14

/** Expression descriptor. */
export interface ExpDesc {
  k: number
  info: number
  aux: number
  nval: number // VKNUM value
  sval: string // VKSTR / VGLOBAL value (binary string)
  t: number // true jump list
  f: number // false jump list
}

/** Fresh descriptor. */
export function expNew(): ExpDesc {
  return { k: VVOID, info: 0, aux: 0, nval: 0, sval: '', t: NO_JMP, f: NO_JMP }
}

/** Reset [e] to kind [k] with [info]. */
export function exprInit(e: ExpDesc, k: number, info: number): void {
  e.k = k
  e.info = info
  e.t = NO_JMP
  e.f = NO_JMP
}

/** Copy [s] into [d]. */
export function exprCopy(d: ExpDesc, s: ExpDesc): void {
  d.k = s.k; d.info = s.info; d.aux = s.aux; d.nval = s.nval
  d.sval = s.sval; d.t = s.t; d.f = s.f
}

/** Does [e] have pending jumps? */
export function exprHasjump(e: ExpDesc): boolean { return e.t !== e.f }
/** Is [e] a constant? */
export function exprIsk(e: ExpDesc): boolean { return e.k <= VKLAST }
/** Is [e] a constant without jumps? */
export function exprIskNojump(e: ExpDesc): boolean {
  return e.k <= VKLAST && e.t === e.f
}
/** Is [e] a number constant without jumps? */
export function exprIsnumkNojump(e: ExpDesc): boolean {
  return e.k === VKNUM && e.t === e.f
}

/** Is [n] an integer in [lo, hi]? */
export function numIsIntIn(n: number, lo: number, hi: number): boolean {
  return n >= lo && n <= hi && Math.floor(n) === n
}

// -- Discharging ------------------------------------------------------------------

/** Free the register of [e] if it is a temporary. */
export function exprFree(fs: FuncState, e: ExpDesc): void {
  if (e.k === VNONRELOC) bcregFree(fs, e.info)
}

/** Discharge a non-constant expression to any register (or relocable). */
export function exprDischarge(fs: FuncState, e: ExpDesc): void {
  let ins: number
  const k = e.k
  if (k === VUPVAL) {
    ins = bcInsAD(BC.UGET, 0, e.info)
  } else if (k === VGLOBAL) {
    ins = bcInsAD(BC.GGET, 0, constStr(fs, e.sval))
  } else if (k === VINDEXED) {
    const rc = e.aux
    if (rc < 0) {
      ins = bcIns(BC.TGETS, 0, e.info, ~rc)
    } else if (rc > BCMAX_C) {
      ins = bcIns(BC.TGETB, 0, e.info, rc - (BCMAX_C + 1))
    } else {
      bcregFree(fs, rc)
      ins = bcIns(BC.TGETV, 0, e.info, rc)
    }
    bcregFree(fs, e.info)
  } else if (k === VCALL) {
    e.info = e.aux
    e.k = VNONRELOC
    return
  } else if (k === VLOCAL) {
    e.k = VNONRELOC
    return
  } else {
    return
  }
  e.info = bcemitINS(fs, ins)
  e.k = VRELOCABLE
}

/** Emit code to set [n] registers from [from] to nil, merging if possible. */
export function bcemitNil(fs: FuncState, from: number, n: number): void {
  if (fs.pc > fs.lasttarget) { // no jumps to the current position?
    const ipc = fs.pc - 1
    const ins = fs.bc[ipc]
    const pfrom = (ins >>> 8) & 0xff
    const op = bcOp(ins)
    if (op === BC.KPRI && bcD(ins) === P_NIL) {
      if (from === pfrom) {
        if (n === 1) return
        fs.bc[ipc] = bcInsAD(BC.KNIL, from, from + n - 1)
        return
      } else if (from === pfrom + 1) {
        from = pfrom
        n++
        fs.bc[ipc] = bcInsAD(BC.KNIL, from, from + n - 1)
        return
      }
    } else if (op === BC.KNIL) {
      const pto = bcD(ins)
      if (pfrom <= from && from <= pto + 1) { // connect both ranges
        if (from + n - 1 > pto) fs.bc[ipc] = bcInsAD(BC.KNIL, pfrom, from + n - 1)
        return
      }
    }
  }
  bcemitINS(fs, n === 1 ? bcInsAD(BC.KPRI, from, P_NIL)
    : bcInsAD(BC.KNIL, from, from + n - 1))
}

/** Discharge [e] to register [reg], ignoring branches. */
export function exprToregNobranch(fs: FuncState, e: ExpDesc, reg: number): void {
  let ins: number
  exprDischarge(fs, e)
  const k = e.k
  if (k === VKSTR) {
    ins = bcInsAD(BC.KSTR, reg, constStr(fs, e.sval))
  } else if (k === VKNUM) {
    const n = e.nval
    if (numIsIntIn(n, -32768, 32767)) ins = bcInsAD(BC.KSHORT, reg, n & 0xffff)
    else ins = bcInsAD(BC.KNUM, reg, constNum(fs, n))
  } else if (k === VRELOCABLE) {
    fs.bc[e.info] = bcSetA(fs.bc[e.info], reg)
    e.info = reg
    e.k = VNONRELOC
    return
  } else if (k === VNONRELOC) {
    if (reg === e.info) { e.k = VNONRELOC; return }
    ins = bcInsAD(BC.MOV, reg, e.info)
  } else if (k === VKNIL) {
    bcemitNil(fs, reg, 1)
    e.info = reg
    e.k = VNONRELOC
    return
  } else if (k <= VKTRUE) {
    ins = bcInsAD(BC.KPRI, reg, k)
  } else {
    return // VVOID or VJMP
  }
  bcemitINS(fs, ins)
  e.info = reg
  e.k = VNONRELOC
}

/** Discharge [e] to register [reg], resolving its jump lists. */
export function exprToreg(fs: FuncState, e: ExpDesc, reg: number): void {
  exprToregNobranch(fs, e, reg)
  if (e.k === VJMP) e.t = jmpAppend(fs, e.t, e.info) // add to true list
  if (exprHasjump(e)) { // discharge expression with branches
    let jfalse = NO_JMP
    let jtrue = NO_JMP
    if (jmpNovalue(fs, e.t) || jmpNovalue(fs, e.f)) {
      const jval = e.k === VJMP ? NO_JMP : bcemitJmp(fs)
      jfalse = bcemitAD(fs, BC.KPRI, reg, P_FALSE)
      bcemitAJ(fs, BC.JMP, fs.freereg, 1)
      jtrue = bcemitAD(fs, BC.KPRI, reg, P_TRUE)
      jmpTohere(fs, jval)
    }
    const jend = fs.pc
    fs.lasttarget = jend
    jmpPatchval(fs, e.f, jend, reg, jfalse)
    jmpPatchval(fs, e.t, jend, reg, jtrue)
  }
  e.f = NO_JMP
  e.t = NO_JMP
  e.info = reg
  e.k = VNONRELOC
}

/** Discharge [e] to the next free register. */
export function exprTonextreg(fs: FuncState, e: ExpDesc): void {
  exprDischarge(fs, e)
  exprFree(fs, e)
  bcregReserve(fs, 1)
  exprToreg(fs, e, fs.freereg - 1)
}

/** Discharge [e] to any register; returns it. */
export function exprToanyreg(fs: FuncState, e: ExpDesc): number {
  exprDischarge(fs, e)
  if (e.k === VNONRELOC) {
    if (!exprHasjump(e)) return e.info // already in a register
    if (e.info >= fs.nactvar) {
      exprToreg(fs, e, e.info) // discharge to temp. register
      return e.info
    }
  }
  exprTonextreg(fs, e)
  return e.info
}

/** Partially discharge [e] to a value. */
export function exprToval(fs: FuncState, e: ExpDesc): void {
  if (exprHasjump(e)) exprToanyreg(fs, e)
  else exprDischarge(fs, e)
}

// -- Stores and method lookup -----------------------------------------------------

/** Emit the store of [e] into the LHS [v]. */
export function bcemitStore(fs: FuncState, v: ExpDesc, e: ExpDesc): void {
  let ins: number
  const ls = fs.ls
  if (v.k === VLOCAL) {
    ls.vInfo[v.aux] |= VSTACK_VAR_RW
    exprFree(fs, e)
    exprToreg(fs, e, v.info)
    return
  } else if (v.k === VUPVAL) {
    ls.vInfo[v.aux] |= VSTACK_VAR_RW
    exprToval(fs, e)
    if (e.k <= VKTRUE) ins = bcInsAD(BC.USETP, v.info, e.k)
    else if (e.k === VKSTR) ins = bcInsAD(BC.USETS, v.info, constStr(fs, e.sval))
    else if (e.k === VKNUM) ins = bcInsAD(BC.USETN, v.info, constNum(fs, e.nval))
    else ins = bcInsAD(BC.USETV, v.info, exprToanyreg(fs, e))
  } else if (v.k === VGLOBAL) {
    const ra = exprToanyreg(fs, e)
    ins = bcInsAD(BC.GSET, ra, constStr(fs, v.sval))
  } else { // VINDEXED
    const ra = exprToanyreg(fs, e)
    const rc = v.aux
    if (rc < 0) ins = bcIns(BC.TSETS, ra, v.info, ~rc)
    else if (rc > BCMAX_C) ins = bcIns(BC.TSETB, ra, v.info, rc - (BCMAX_C + 1))
    else ins = bcIns(BC.TSETV, ra, v.info, rc)
  }
  bcemitINS(fs, ins)
  exprFree(fs, e)
}

/** Emit the method lookup `obj:key` for a call (GC64 frame: MOV + TGETS). */
export function bcemitMethod(fs: FuncState, e: ExpDesc, key: ExpDesc): void {
  const obj = exprToanyreg(fs, e)
  exprFree(fs, e)
  const func = fs.freereg
  bcemitAD(fs, BC.MOV, func + 2, obj) // copy object to 1st argument
  const idx = constStr(fs, key.sval)
  if (idx <= BCMAX_C) {
    bcregReserve(fs, 3)
    bcemitINS(fs, bcIns(BC.TGETS, func, obj, idx))
  } else {
    bcregReserve(fs, 4)
    bcemitAD(fs, BC.KSTR, func + 3, idx)
    bcemitINS(fs, bcIns(BC.TGETV, func, obj, func + 3))
    fs.freereg--
  }
  e.info = func
  e.k = VNONRELOC
}

// -- Branches ---------------------------------------------------------------------

/** Negate the comparison before the VJMP [e]. */
function invertcond(fs: FuncState, e: ExpDesc): void {
  const pc = e.info - 1
  fs.bc[pc] = (fs.bc[pc] ^ 1) >>> 0
}

/** Emit a conditional branch on [e]; [cond] true: jump if truthy. */
function bcemitBranch(fs: FuncState, e: ExpDesc, cond: boolean): number {
  if (e.k === VRELOCABLE) {
    const ins = fs.bc[e.info]
    if (bcOp(ins) === BC.NOT) {
      fs.bc[e.info] = bcInsAD(cond ? BC.ISF : BC.IST, 0, bcD(ins))
      return bcemitJmp(fs)
    }
  }
  if (e.k !== VNONRELOC) {
    bcregReserve(fs, 1)
    exprToregNobranch(fs, e, fs.freereg - 1)
  }
  bcemitAD(fs, cond ? BC.ISTC : BC.ISFC, NO_REG, e.info)
  const pc = bcemitJmp(fs)
  exprFree(fs, e)
  return pc
}

/** Emit a branch taken when [e] is false; falls through on true. */
export function bcemitBranchT(fs: FuncState, e: ExpDesc): void {
  let pc: number
  exprDischarge(fs, e)
  const k = e.k
  if (k === VKSTR || k === VKNUM || k === VKTRUE) {
    pc = NO_JMP // never jump
  } else if (k === VJMP) {
    invertcond(fs, e)
    pc = e.info
  } else if (k === VKFALSE || k === VKNIL) {
    exprToregNobranch(fs, e, NO_REG)
    pc = bcemitJmp(fs)
  } else {
    pc = bcemitBranch(fs, e, false)
  }
  e.f = jmpAppend(fs, e.f, pc)
  jmpTohere(fs, e.t)
  e.t = NO_JMP
}

/** Emit a branch taken when [e] is true; falls through on false. */
export function bcemitBranchF(fs: FuncState, e: ExpDesc): void {
  let pc: number
  exprDischarge(fs, e)
  const k = e.k
  if (k === VKNIL || k === VKFALSE) {
    pc = NO_JMP // never jump
  } else if (k === VJMP) {
    pc = e.info
  } else if (k === VKSTR || k === VKNUM || k === VKTRUE) {
    exprToregNobranch(fs, e, NO_REG)
    pc = bcemitJmp(fs)
  } else {
    pc = bcemitBranch(fs, e, true)
  }
  e.t = jmpAppend(fs, e.t, pc)
  jmpTohere(fs, e.f)
  e.f = NO_JMP
}

// -- Operators --------------------------------------------------------------------

// Binary operators. ORDER OPR: arithmetic in ORDER ARITH, comparisons in
// the order of ISLT ISGE ISLE ISGT.
export const OPR_ADD = 0
export const OPR_SUB = 1
export const OPR_MUL = 2
export const OPR_DIV = 3
export const OPR_MOD = 4
export const OPR_POW = 5
export const OPR_CONCAT = 6
export const OPR_NE = 7
export const OPR_EQ = 8
export const OPR_LT = 9
export const OPR_GE = 10
export const OPR_LE = 11
export const OPR_GT = 12
export const OPR_AND = 13
export const OPR_OR = 14
export const OPR_NOBINOPR = 15

/** Fold arithmetic on two number constants as lj_vm_foldarith does. */
function foldArith(opr: number, a: number, b: number): number {
  switch (opr) {
    case OPR_ADD: return a + b
    case OPR_SUB: return a - b
    case OPR_MUL: return a * b
    case OPR_DIV: return a / b
    case OPR_MOD: return a - Math.floor(a / b) * b
    default: return Math.pow(a, b)
  }
}

/** Try to constant-fold [opr] on [e1], [e2] into [e1]. */
function foldarith(opr: number, e1: ExpDesc, e2: ExpDesc): boolean {
  if (!exprIsnumkNojump(e1) || !exprIsnumkNojump(e2)) return false
  const n = foldArith(opr, e1.nval, e2.nval)
  if (n !== n || Object.is(n, -0)) return false // avoid NaN and -0 consts
  e1.nval = n
  return true
}

/** Emit an arithmetic operator. */
function bcemitArith(fs: FuncState, opr: number, e1: ExpDesc, e2: ExpDesc): void {
  let rb: number
  let rc: number
  let op: number
  if (foldarith(opr, e1, e2)) return
  if (opr === OPR_POW) {
    op = BC.POW
    rc = exprToanyreg(fs, e2)
    rb = exprToanyreg(fs, e1)
  } else {
    op = opr - OPR_ADD + BC.ADDVV
    // Must discharge 2nd operand first since VINDEXED might free regs.
    exprToval(fs, e2)
    if (e2.k === VKNUM && (rc = constNum(fs, e2.nval)) <= BCMAX_C) {
      op -= BC.ADDVV - BC.ADDVN
    } else {
      rc = exprToanyreg(fs, e2)
    }
    // 1st operand discharged by binopLeft, but need KNUM/KSHORT.
    exprToval(fs, e1)
    let t: number
    if (e1.k === VKNUM && e2.k !== VKNUM &&
      (t = constNum(fs, e1.nval)) <= BCMAX_B) { // avoid two consts
      rb = rc
      rc = t
      op -= BC.ADDVV - BC.ADDNV
    } else {
      rb = exprToanyreg(fs, e1)
    }
  }
  if (e1.k === VNONRELOC && e1.info >= fs.nactvar) fs.freereg--
  if (e2.k === VNONRELOC && e2.info >= fs.nactvar) fs.freereg--
  e1.info = bcemitINS(fs, bcIns(op, 0, rb, rc))
  e1.k = VRELOCABLE
}

/** Emit a comparison operator; [e1] becomes a VJMP. */
function bcemitComp(fs: FuncState, opr: number, e1: ExpDesc, e2: ExpDesc): void {
  const eret = e1
  let ins: number
  exprToval(fs, e1)
  if (opr === OPR_EQ || opr === OPR_NE) {
    const op = opr === OPR_EQ ? BC.ISEQV : BC.ISNEV
    if (exprIsk(e1)) { const tmp = e1; e1 = e2; e2 = tmp } // const 2nd
    const ra = exprToanyreg(fs, e1) // first arg must be in a reg
    exprToval(fs, e2)
    switch (e2.k) {
      case VKNIL: case VKFALSE: case VKTRUE:
        ins = bcInsAD(op + (BC.ISEQP - BC.ISEQV), ra, e2.k)
        break
      case VKSTR:
        ins = bcInsAD(op + (BC.ISEQS - BC.ISEQV), ra, constStr(fs, e2.sval))
        break
      case VKNUM:
        ins = bcInsAD(op + (BC.ISEQN - BC.ISEQV), ra, constNum(fs, e2.nval))
        break
      default:
        ins = bcInsAD(op, ra, exprToanyreg(fs, e2))
        break
    }
  } else {
    let op = opr - OPR_LT + BC.ISLT
    let ra: number
    let rd: number
    if (((op - BC.ISLT) & 1) !== 0) { // GT -> LT, GE -> LE
      const tmp = e1; e1 = e2; e2 = tmp // swap operands
      op = ((op - BC.ISLT) ^ 3) + BC.ISLT
      exprToval(fs, e1)
      ra = exprToanyreg(fs, e1)
      rd = exprToanyreg(fs, e2)
    } else {
      rd = exprToanyreg(fs, e2)
      ra = exprToanyreg(fs, e1)
    }
    ins = bcInsAD(op, ra, rd)
  }
  if (e1.k === VNONRELOC && e1.info >= fs.nactvar) fs.freereg--
  if (e2.k === VNONRELOC && e2.info >= fs.nactvar) fs.freereg--
  bcemitINS(fs, ins)
  eret.info = bcemitJmp(fs)
  eret.k = VJMP
}

/** Prepare the left operand [e] of binary operator [op]. */
export function bcemitBinopLeft(fs: FuncState, op: number, e: ExpDesc): void {
  if (op === OPR_AND) bcemitBranchT(fs, e)
  else if (op === OPR_OR) bcemitBranchF(fs, e)
  else if (op === OPR_CONCAT) exprTonextreg(fs, e)
  else if (op === OPR_EQ || op === OPR_NE) {
    if (!exprIskNojump(e)) exprToanyreg(fs, e)
  } else if (!exprIsnumkNojump(e)) {
    exprToanyreg(fs, e)
  }
}

/** Emit binary operator [op] on [e1], [e2]; the result goes to [e1]. */
export function bcemitBinop(fs: FuncState, op: number, e1: ExpDesc, e2: ExpDesc): void {
  if (op <= OPR_POW) {
    bcemitArith(fs, op, e1, e2)
  } else if (op === OPR_AND) {
    exprDischarge(fs, e2)
    e2.f = jmpAppend(fs, e2.f, e1.f)
    exprCopy(e1, e2)
  } else if (op === OPR_OR) {
    exprDischarge(fs, e2)
    e2.t = jmpAppend(fs, e2.t, e1.t)
    exprCopy(e1, e2)
  } else if (op === OPR_CONCAT) {
    exprToval(fs, e2)
    if (e2.k === VRELOCABLE && bcOp(fs.bc[e2.info]) === BC.CAT) {
      exprFree(fs, e1)
      fs.bc[e2.info] = bcSetB(fs.bc[e2.info], e1.info)
      e1.info = e2.info
    } else {
      exprTonextreg(fs, e2)
      exprFree(fs, e2)
      exprFree(fs, e1)
      e1.info = bcemitINS(fs, bcIns(BC.CAT, 0, e1.info, e2.info))
    }
    e1.k = VRELOCABLE
  } else {
    bcemitComp(fs, op, e1, e2)
  }
}

/** Emit unary operator [op] (BC.NOT, BC.UNM or BC.LEN) on [e]. */
export function bcemitUnop(fs: FuncState, op: number, e: ExpDesc): void {
  if (op === BC.NOT) {
    const temp = e.f; e.f = e.t; e.t = temp // swap true and false lists
    jmpDropval(fs, e.f)
    jmpDropval(fs, e.t)
    exprDischarge(fs, e)
    if (e.k === VKNIL || e.k === VKFALSE) {
      e.k = VKTRUE
      return
    } else if (exprIsk(e)) {
      e.k = VKFALSE
      return
    } else if (e.k === VJMP) {
      invertcond(fs, e)
      return
    } else if (e.k === VRELOCABLE) {
      bcregReserve(fs, 1)
      fs.bc[e.info] = bcSetA(fs.bc[e.info], fs.freereg - 1)
      e.info = fs.freereg - 1
      e.k = VNONRELOC
    }
  } else {
    if (op === BC.UNM && !exprHasjump(e)) { // constant-fold negations
      if (e.k === VKNUM && e.nval !== 0) { // avoid folding to -0
        e.nval = -e.nval
        return
      }
    }
    exprToanyreg(fs, e)
  }
  exprFree(fs, e)
  e.info = bcemitINS(fs, bcInsAD(op, 0, e.info))
  e.k = VRELOCABLE
}

