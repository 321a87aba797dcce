// FOLD: constant folding, algebraic simplification and CSE (lj_opt_fold.c).
//
// Every instruction the recorder or LOOP emits goes through foldEmit. The
// candidate sits in J.fo/ft/f1/f2 (LuaJIT's J->fold.ins). The rules, in
// order:
//
//   1. commutative normalisation: the higher ref goes left, so constants
//      (lowest refs) end up on the right; compares with a constant on the
//      left are swapped (LT^3 = GT, GE^3 = LE);
//   2. constant folding of arithmetic and conversions on KNUM/KINT, and of
//      guards on two constants: a guard that always holds is dropped
//      (REF_DROP), one that always fails aborts the trace (GFAIL);
//   3. identities that are exact in IEEE arithmetic: x-0, x*1, x/1 for num
//      (x+0 is not an identity: -0+0 = +0), x+0, x-0 for int, x*-1 = -x,
//      conversion round trips CONV(CONV x) = x;
//   4. memory: a load forwards the value of the newest store of its kind
//      when that store hit the same ref (store -> load), or CSEs with an
//      older load of the same ref when no store of that kind came after it
//      (load -> load). This is a tiny FWD (lj_opt_mem.c): refs are CSE'd,
//      so "same location" is "same ref"; any other store of the kind may
//      alias and stops the search, except HREFKs of different keys (field
//      stores to p.x do not stop forwarding of p.y);
//   5. CSE (lj_opt_cse): walk chain[op] down to max(op1, op2), since an
//      instruction is never older than its operands, compare both operands
//      and the type.
//
// Requirements every rule meets (as LuaJIT's): it preserves the type of the
// instruction, creates no new instructions whose operands cross a PHI, and
// only ever simplifies, so folding terminates. FOLD and CSE can be switched
// off through the JitOpt flags (jit.opt.start("-fold")).
import {
  IR, IRT, IRT_TYPE, IRT_GUARD, REF_BIAS, REF_DROP, IRM_KIND, IRM_N, IRM_R, IR_MODE,
  IRCONV_DSH, IRCONV_SRCMASK, IRCONV_CHECK, irmIsComm,
} from '../../soa/ir'
import { JitOpt } from '../lib/jit'
import type { JitState } from './state'
import { irEmitRaw, irOp, irOp1, irOp2, irIsKnumber, irKnumber, kint, knum } from './ir'
import { TraceError, traceAbort } from './traceerr'
import { luaPow } from '../vm/meta'
import { snapEnsure } from './snap'

/** Emit (o, t, a, b) through FOLD and CSE; returns the resulting ref, or
 *  REF_DROP for a guard that always holds. */
export function foldEmit(J: JitState, o: number, t: number, a: number, b: number): number {
  J.fo = o; J.ft = t; J.f1 = a; J.f2 = b
  if ((J.opt & (1 << JitOpt.fold)) !== 0) {
    const r = foldRules(J)
    if (r >= 0) return r
  }
  return foldCse(J)
}

/** Apply rules 1-4 to the candidate; returns a ref, or -1 to go on to CSE. */
function foldRules(J: JitState): number {
  let o = J.fo
  // 1. Normalisation.
  if (irmIsComm(o) && J.f1 < J.f2) { const x = J.f1; J.f1 = J.f2; J.f2 = x }
  else if (o <= IR.UGT && J.f1 < REF_BIAS && J.f2 >= REF_BIAS) {
    const x = J.f1; J.f1 = J.f2; J.f2 = x; o = J.fo = o ^ 3
  }
  const a = J.f1, b = J.f2, t = J.ft & IRT_TYPE
  const ka = irIsKnumber(J, a), kb = o !== IR.CONV && irIsKnumber(J, b)
  // 2. Constant folding.
  if (ka && (kb || o === IR.NEG || o === IR.CONV)) {
    const x = irKnumber(J, a), y = kb ? irKnumber(J, b) : 0
    if (o >= IR.ADD && o <= IR.NEG) return kfoldArith(J, o, t, x, y)
    if (o === IR.CONV) return kfoldConv(J, b, x)
    if (o <= IR.NE && kb) {
      if (kfoldCmp(o, t, x, y)) return REF_DROP
      traceAbort(TraceError.GFAIL, '')
    }
  }
  if (o === IR.TOBIT && ka) {
    const x = irKnumber(J, a)
    if ((x | 0) === x) return kint(J, x)
  }
  // 3. Identities.
  if (kb) {
    const y = irKnumber(J, b)
    if (t === IRT.NUM) {
      if ((o === IR.SUB && y === 0 && 1 / y > 0) || ((o === IR.MUL || o === IR.DIV) && y === 1)) return a
      if (o === IR.ADD && y === 0 && 1 / y < 0) return a // x + -0 = x
      if (o === IR.MUL && y === -1) return foldEmit(J, IR.NEG, J.ft, a, 0)
    } else if (t === IRT.INT) {
      if ((o === IR.ADD || o === IR.SUB) && y === 0) return a
      if (o === IR.MUL && y === 1) return a
    }
  }
  if (o === IR.CONV && a >= REF_BIAS && irOp(J, a) === IR.CONV) {
    // CONV(CONV x): back to x when the round trip is exact.
    const inner = irOp2(J, a), x = irOp1(J, a)
    const src = inner & IRCONV_SRCMASK, mid = (inner >>> IRCONV_DSH) & IRT_TYPE
    const dst = (b >>> IRCONV_DSH) & IRT_TYPE
    if (src === dst && (src === IRT.INT || (inner & IRCONV_CHECK) !== 0) && mid === (b & IRCONV_SRCMASK)) return x
  }
  // 4. Memory forwarding.
  if (o === IR.ALOAD || o === IR.HLOAD || o === IR.ULOAD) return foldLoad(J, o, t, a)
  if (o === IR.FLOAD) return -1 // fields only change in the interpreter: plain CSE
  return -1
}

/** Fold arithmetic op [o] of type [t] on constants [x], [y]. */
function kfoldArith(J: JitState, o: number, t: number, x: number, y: number): number {
  let r: number
  switch (o) {
    case IR.ADD: r = x + y; break
    case IR.SUB: r = x - y; break
    case IR.MUL: r = x * y; break
    case IR.DIV: r = x / y; break
    case IR.MOD: r = x - Math.floor(x / y) * y; break
    case IR.POW: r = luaPow(x, y); break
    default: r = -x
  }
  if (t === IRT.INT) {
    if (o === IR.DIV || o === IR.MOD || o === IR.POW) return -1
    return kint(J, r | 0)
  }
  return knum(J, r)
}

/** Fold CONV with mode [mode] of constant [x]. */
function kfoldConv(J: JitState, mode: number, x: number): number {
  const dst = (mode >>> IRCONV_DSH) & IRT_TYPE
  if (dst === IRT.NUM) return knum(J, x)
  if (dst === IRT.INT) {
    if ((x | 0) !== x) {
      if ((mode & IRCONV_CHECK) !== 0) traceAbort(TraceError.GFAIL, '')
      return -1
    }
    return kint(J, x)
  }
  return -1
}

/** Evaluate guard [o] on constants: does it hold? */
function kfoldCmp(o: number, t: number, x: number, y: number): boolean {
  if (t === IRT.INT && o >= IR.ULT && o <= IR.UGT) { x = x >>> 0; y = y >>> 0; o = o ^ 4 }
  switch (o) {
    case IR.LT: return x < y
    case IR.GE: return x >= y
    case IR.LE: return x <= y
    case IR.GT: return x > y
    case IR.ULT: return !(x >= y)
    case IR.UGE: return !(x < y)
    case IR.ULE: return !(x > y)
    case IR.UGT: return !(x <= y)
    case IR.EQ: return x === y
    default: return x !== y
  }
}

/** Store->load forwarding and load CSE for load op [o] of type [t] from [ref]. */
function foldLoad(J: JitState, o: number, t: number, ref: number): number {
  if ((J.opt & (1 << JitOpt.cse)) === 0) return -1
  // Newest store that may alias [ref]: forward from it if it hit [ref].
  let st = J.chain[o + (IR.ASTORE - IR.ALOAD)]
  while (st > ref) {
    const sr = irOp1(J, st)
    if (sr === ref) {
      const v = irOp2(J, st)
      if ((J.ir[v << 2] & IRT_TYPE) === t) return v
      return -1
    }
    if (o !== IR.HLOAD || !hrefNoAlias(J, sr, ref)) break
    st = J.ir[(st << 2) + 3]
  }
  for (let r = J.chain[o]; r > ref && r > st; r = J.ir[(r << 2) + 3]) {
    if (irOp1(J, r) === ref && (J.ir[r << 2] & IRT_TYPE) === t) return r
  }
  return emitNew(J)
}

/** Can two HREFKs never address the same field? Different key strings do
 *  not alias: under the shape guards the same table gives them different
 *  field indexes, and different tables have disjoint field blocks. */
function hrefNoAlias(J: JitState, x: number, y: number): boolean {
  if (irOp(J, x) !== IR.HREFK || irOp(J, y) !== IR.HREFK) return false
  return irOp1(J, irOp2(J, x)) !== irOp1(J, irOp2(J, y))
}

/** CSE for CSE-able kinds, else emit. */
function foldCse(J: JitState): number {
  const o = J.fo
  const kind = IR_MODE[o] & IRM_KIND
  const cseable = (kind === IRM_N || kind === IRM_R || o === IR.FLOAD || o === IR.UREFO || o === IR.UREFC) &&
    o !== IR.PHI && o !== IR.LOOP && o !== IR.NOP
  if (cseable && (J.opt & (1 << JitOpt.cse)) !== 0) {
    const a = J.f1, b = J.f2, t = J.ft & IRT_TYPE
    let lim = a > b ? a : b
    // NEWREF may move a table's fields or parts: no FLOAD CSE across it.
    if (o === IR.FLOAD && J.chain[IR.NEWREF] > lim) lim = J.chain[IR.NEWREF]
    for (let r = J.chain[o]; r > lim; r = J.ir[(r << 2) + 3]) {
      const w = r << 2
      if (J.ir[w + 1] === a && J.ir[w + 2] === b && (J.ir[w] & IRT_TYPE) === t) return r
    }
  }
  return emitNew(J)
}

/** Emit the candidate as a new instruction (a snapshot first for guards). */
function emitNew(J: JitState): number {
  if ((J.ft & IRT_GUARD) !== 0 && J.autoSnap) snapEnsure(J)
  return irEmitRaw(J, (J.fo << 8) | J.ft, J.f1, J.f2)
}
