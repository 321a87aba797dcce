// IR verifier: structural checks of a trace, used by the specs (rec_check_ir).
//
// Checks, each reported as one line of text (empty list = valid):
//   - SSA order: every ref operand of an instruction is older than it and
//     is not a NOP; PHIs come after LOOP, their left operand is before it;
//   - types: arithmetic operands have the result's type, compare operands
//     the compare's type, CONV's source matches its mode, memory refs come
//     from the right ref ops (ALOAD <- AREF, HLOAD <- HREFK, ULOAD <- UREF*);
//   - chains: walking chain[op] visits every live instruction of that op
//     exactly once, newest first;
//   - CSE: no two pure instructions (kind N, not PHI/LOOP/NOP) are equal
//     (brute force against the chain walk FOLD did);
//   - snapshots: refs in range and not NOPs, snapRef non-decreasing.
import {
  IR, IR_NAMES, IRT, IRT_TYPE, IRM_N, IRCONV_SRCMASK, REF_BIAS, REF_FIRST, irmKind,
} from '../../soa/ir'
import { snapRef } from '../../soa/snap'
import type { JitState, Trace } from './state'

/** Problems found in trace [T] (empty when valid). */
export function irVerify(T: Trace): string[] {
  const errs: string[] = []
  const ir = T.ir
  const W = (r: number): number => (r - T.nk) << 2
  const op = (r: number): number => ir[W(r)] >>> 8
  const ty = (r: number): number => ir[W(r)] & IRT_TYPE
  const seen = new Map<string, number>()
  for (let r = REF_FIRST; r < T.nins; r++) {
    const i = W(r)
    const o = ir[i] >>> 8, t = ir[i] & IRT_TYPE
    if (o === IR.NOP) continue
    const a = ir[i + 1], b = ir[i + 2]
    const name = String(r - REF_BIAS).padStart(4, '0') + ' ' + IR_NAMES[o]
    for (const x of [a, b]) {
      if (x >= REF_BIAS && o !== IR.SLOAD) {
        if (x >= r) errs.push(name + ': operand ' + (x - REF_BIAS) + ' not older')
        else if (x >= REF_FIRST && op(x) === IR.NOP) errs.push(name + ': operand is a NOP')
      }
    }
    if (o === IR.PHI) {
      if (T.loopRef === 0 || r < T.loopRef || a >= T.loopRef) errs.push(name + ': PHI placement')
      continue
    }
    if (o >= IR.ADD && o <= IR.POW) {
      if (ty(a) !== t || ty(b) !== t) errs.push(name + ': operand types differ from ' + t)
    } else if (o === IR.NEG) {
      if (ty(a) !== t) errs.push(name + ': operand type')
    } else if (o <= IR.NE) {
      if (ty(a) !== t || ty(b) !== t) errs.push(name + ': compare operand types')
    } else if (o === IR.CONV) {
      if (ty(a) !== (b & IRCONV_SRCMASK)) errs.push(name + ': CONV source type')
    } else if (o === IR.ALOAD || o === IR.ASTORE) {
      if (op(a) !== IR.AREF) errs.push(name + ': not from AREF')
    } else if (o === IR.HLOAD || o === IR.HSTORE) {
      if (op(a) !== IR.HREFK && (o !== IR.HSTORE || op(a) !== IR.NEWREF)) errs.push(name + ': not from HREFK')
    } else if (o === IR.ULOAD) {
      if (op(a) !== IR.UREFO && op(a) !== IR.UREFC) errs.push(name + ': not from UREF')
    } else if (o === IR.AREF) {
      if (ty(a) !== IRT.P32 || ty(b) !== IRT.INT) errs.push(name + ': AREF operand types')
    } else if (o === IR.ABC) {
      if (ty(a) !== IRT.INT || ty(b) !== IRT.INT) errs.push(name + ': ABC operand types')
    }
    if (irmKind(o) === IRM_N && o !== IR.LOOP && o !== IR.BASE) {
      const key = o + ':' + t + ':' + a + ':' + b
      const prev = seen.get(key)
      if (prev !== undefined) errs.push(name + ': duplicate of ' + (prev - REF_BIAS) + ' (missed CSE)')
      else seen.set(key, r)
    }
  }
  return errs.concat(verifySnaps(T, op))
}

/** Snapshot checks. */
function verifySnaps(T: Trace, op: (r: number) => number): string[] {
  const errs: string[] = []
  for (let n = 0; n < T.nsnap; n++) {
    if (n > 0 && T.snapRef[n] < T.snapRef[n - 1]) errs.push('SNAP #' + n + ': ref goes backwards')
    for (let e = T.snapOfs[n], end = e + T.snapNent[n]; e < end; e++) {
      const r = snapRef(T.snapMap[e])
      if (r >= T.nins || r < T.nk) errs.push('SNAP #' + n + ': ref out of range')
      else if (r >= REF_FIRST && op(r) === IR.NOP) errs.push('SNAP #' + n + ': ref ' + (r - REF_BIAS) + ' is a NOP')
    }
  }
  return errs
}

/** Chain checks on the scratch IR of [J]: chain[op] visits every live
 *  instruction of op exactly once, newest first. */
export function irVerifyChains(J: JitState): string[] {
  const errs: string[] = []
  const count = new Int32Array(IR._MAX)
  for (let r = REF_FIRST; r < J.nins; r++) count[J.ir[r << 2] >>> 8]++
  for (let o = 0; o < IR._MAX; o++) {
    if (o === IR.NOP || o === IR.BASE) continue
    let n = 0, last = 0x10000
    for (let r = J.chain[o]; r >= REF_FIRST; r = J.ir[(r << 2) + 3]) {
      if (r >= last) { errs.push(IR_NAMES[o] + ': chain not descending'); break }
      if (J.ir[r << 2] >>> 8 !== o) { errs.push(IR_NAMES[o] + ': chain reaches ' + IR_NAMES[J.ir[r << 2] >>> 8]); break }
      last = r
      n++
    }
    if (n !== count[o]) errs.push(IR_NAMES[o] + ': chain has ' + n + ' of ' + count[o])
  }
  return errs
}
