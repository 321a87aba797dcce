// IR buffer: raw emission, interned constants and accessors (lj_ir.c).
//
// Instructions are appended at J.nins and linked into the per-op chain
// (J.chain[op] = newest, prev = next older), which CSE, FWD and DCE walk.
// Constants are interned the same way below REF_BIAS, so equal constants
// have equal refs and FOLD compares refs, never values. The three
// primitive constants and BASE are placed by irReset at fixed refs.
//
// Everything here is the raw layer: the recorder emits through FOLD
// (fold.ts, foldEmit), which ends in irEmitRaw when nothing folds.
import {
  IR, IRT, IRT_TYPE, REF_BIAS, REF_BASE, REF_FIRST, REF_NIL, REF_FALSE, REF_TRUE, IR_MAXINS,
} from '../../soa/ir'
import { J_MAXK, type JitState } from './state'
import { TraceError, traceAbort } from './traceerr'

/** Clear the IR of [J] for a new trace: primitives, BASE, empty chains. */
export function irReset(J: JitState): void {
  J.chain.fill(0)
  J.nk = REF_TRUE
  J.nins = REF_FIRST
  setIns(J, REF_NIL, (IR.KPRI << 8) | IRT.NIL, 0, 0)
  setIns(J, REF_FALSE, (IR.KPRI << 8) | IRT.FALSE, 0, 0)
  setIns(J, REF_TRUE, (IR.KPRI << 8) | IRT.TRUE, 0, 0)
  setIns(J, REF_BASE, (IR.BASE << 8) | IRT.NIL, 0, 0)
  J.nsnap = 0
  J.nsnapmap = 0
  J.loopRef = 0
}

/** Write the four words of [ref] without chaining. */
function setIns(J: JitState, ref: number, ot: number, a: number, b: number): void {
  const w = ref << 2
  J.ir[w] = ot; J.ir[w + 1] = a; J.ir[w + 2] = b; J.ir[w + 3] = 0
}

/** Append instruction (op<<8|t, a, b), chain it, return its ref. */
export function irEmitRaw(J: JitState, ot: number, a: number, b: number): number {
  const ref = J.nins
  if (ref >= REF_BIAS + IR_MAXINS) traceAbort(TraceError.TRACEOV, '')
  J.nins = ref + 1
  const o = ot >>> 8
  const w = ref << 2
  J.ir[w] = ot; J.ir[w + 1] = a; J.ir[w + 2] = b; J.ir[w + 3] = J.chain[o]
  J.chain[o] = ref
  return ref
}

/** Append constant (op<<8|t, a, b) below the bias, chain it, return its ref. */
function kEmit(J: JitState, ot: number, a: number, b: number): number {
  const ref = J.nk - 1
  if (REF_BIAS - ref >= J_MAXK) traceAbort(TraceError.TRACEOV, 'constants')
  J.nk = ref
  const o = ot >>> 8
  const w = ref << 2
  J.ir[w] = ot; J.ir[w + 1] = a; J.ir[w + 2] = b; J.ir[w + 3] = J.chain[o]
  J.chain[o] = ref
  return ref
}

// -- Accessors ----------------------------------------------------------------

/** Opcode of [ref]. */
export function irOp(J: JitState, ref: number): number { return J.ir[ref << 2] >>> 8 }
/** Type byte (with flags) of [ref]. */
export function irT(J: JitState, ref: number): number { return J.ir[ref << 2] & 0xff }
/** IR type of [ref] (no flags). */
export function irType(J: JitState, ref: number): number { return J.ir[ref << 2] & IRT_TYPE }
/** Operand 1 of [ref]. */
export function irOp1(J: JitState, ref: number): number { return J.ir[(ref << 2) + 1] }
/** Operand 2 of [ref]. */
export function irOp2(J: JitState, ref: number): number { return J.ir[(ref << 2) + 2] }
/** Chain link of [ref]. */
export function irPrev(J: JitState, ref: number): number { return J.ir[(ref << 2) + 3] }
/** Set flag bits [f] in the type byte of [ref]. */
export function irSetFlag(J: JitState, ref: number, f: number): void { J.ir[ref << 2] |= f }
/** Turn [ref] into a NOP (its chain must be fixed by the caller). */
export function irNop(J: JitState, ref: number): void {
  const w = ref << 2
  J.ir[w] = (IR.NOP << 8) | IRT.NIL; J.ir[w + 1] = 0; J.ir[w + 2] = 0
}

/** Value of KINT [ref]. */
export function irKint(J: JitState, ref: number): number {
  const w = ref << 2
  return (J.ir[w + 1] | (J.ir[w + 2] << 16)) | 0
}
/** Value of KNUM [ref]. */
export function irKnum(J: JitState, ref: number): number { return J.kv[REF_BIAS - ref] }
/** Object id of KGC [ref]. */
export function irKgc(J: JitState, ref: number): number { return J.kvU[2 * (REF_BIAS - ref)] }

// -- Interned constants ---------------------------------------------------------

/** The KINT constant [n] (an int32). */
export function kint(J: JitState, n: number): number {
  const a = n & 0xffff, b = (n >>> 16) & 0xffff
  for (let r = J.chain[IR.KINT]; r !== 0; r = J.ir[(r << 2) + 3]) {
    if (J.ir[(r << 2) + 1] === a && J.ir[(r << 2) + 2] === b) return r
  }
  return kEmit(J, (IR.KINT << 8) | IRT.INT, a, b)
}

/** The KNUM constant [n], interned by its bits (-0 and +0 differ). */
export function knum(J: JitState, n: number): number {
  const kvU = J.kvU
  const k0 = J.kv
  k0[0] = n // slot 0 is never a constant: scratch for the bit pattern
  const lo = kvU[0], hi = kvU[1]
  for (let r = J.chain[IR.KNUM]; r !== 0; r = J.ir[(r << 2) + 3]) {
    const i = 2 * (REF_BIAS - r)
    if (kvU[i] === lo && kvU[i + 1] === hi) return r
  }
  const r = kEmit(J, (IR.KNUM << 8) | IRT.NUM, 0, 0)
  const i = 2 * (REF_BIAS - r)
  kvU[i] = lo; kvU[i + 1] = hi
  return r
}

/** The KGC constant for object [id] of IR type [t]. */
export function kgc(J: JitState, id: number, t: number): number {
  const kvU = J.kvU
  for (let r = J.chain[IR.KGC]; r !== 0; r = J.ir[(r << 2) + 3]) {
    if (kvU[2 * (REF_BIAS - r)] === id && (J.ir[r << 2] & IRT_TYPE) === t) return r
  }
  const r = kEmit(J, (IR.KGC << 8) | t, 0, 0)
  kvU[2 * (REF_BIAS - r)] = id; kvU[2 * (REF_BIAS - r) + 1] = 0
  return r
}

/** The KSLOT constant (key constant [kref], slot [idx]). */
export function kslot(J: JitState, kref: number, idx: number): number {
  for (let r = J.chain[IR.KSLOT]; r !== 0; r = J.ir[(r << 2) + 3]) {
    if (J.ir[(r << 2) + 1] === kref && J.ir[(r << 2) + 2] === idx) return r
  }
  return kEmit(J, (IR.KSLOT << 8) | IRT.P32, kref, idx)
}

/** Is [ref] a numeric constant (KNUM or KINT)? */
export function irIsKnumber(J: JitState, ref: number): boolean {
  if (ref >= REF_BIAS) return false
  const o = irOp(J, ref)
  return o === IR.KNUM || o === IR.KINT
}

/** Numeric value of a KNUM or KINT [ref]. */
export function irKnumber(J: JitState, ref: number): number {
  return irOp(J, ref) === IR.KINT ? irKint(J, ref) : irKnum(J, ref)
}
