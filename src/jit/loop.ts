// LOOP: copy-substitution with PHIs (lj_opt_loop.c).
//
// Classic loop-invariant code motion fails on traces: nearly every
// instruction depends on a guard, and guards may not move above other
// guards. LuaJIT sidesteps this by unrolling the recorded iteration once.
// The recorded IR becomes the *pre-roll*; LOOP then re-emits every
// instruction through FOLD/CSE with its operands substituted (subst[]):
//
//   - a SLOAD of slot s is substituted by the value slot s has at the end
//     of the iteration (the slot map): that is what the next iteration
//     reads. Unmodified slots substitute to themselves (invariant);
//   - every other instruction is emitted again with subst[] operands.
//     If all its operands are invariant, CSE finds the pre-roll copy and
//     the instruction - guards included - costs nothing in the loop: this
//     is the hoisting. Loads forward from stores of the previous iteration
//     through FOLD's store->load rule.
//
// A pre-roll ref p that the loop body uses while subst[p] != p carries a
// value around the loop: the body must see p's value from the previous
// iteration, which is subst[p]. LOOP emits PHI(p, subst[p]) after the body
// for each of them (marking transitively: a PHI's right operand that is a
// pre-roll ref needs a PHI too). The backend turns PHIs into a parallel
// copy at the back edge.
//
// Snapshots of the pre-roll are copied into the body the same way. A copied
// snapshot must describe the whole stack state at that point of *any*
// iteration, so it starts from the loop snapshot (the one taken at the end
// of the pre-roll: every slot the iteration modifies, as pre-roll refs that
// become PHI lefts) and then overrides those slots the copied snapshot
// itself lists, substituted.
//
// Type mismatches across the back edge: a slot loaded as num that ends the
// iteration as int gets a CONV num.int at the loop head; anything else is
// persistent type instability (TYPEINS) and aborts the trace.
import {
  IR, IRT, IRT_TYPE, IRT_ISPHI, IRT_MARK, REF_FIRST, REF_DROP, irconv,
} from '../../soa/ir'
import { snapEntry, snapFlags, snapRef, snapSlot } from '../../soa/snap'
import { J_MAXSNAPMAP, type JitState } from './state'
import { irEmitRaw, irSetFlag } from './ir'
import { foldEmit } from './fold'
import { TraceError, traceAbort } from './traceerr'

const LJ_MAX_PHI = 64

/** Unroll the recorded iteration of [J] into pre-roll + loop body. */
export function optLoop(J: JitState): void {
  const ir = J.ir
  const subst = J.subst
  const pre = J.nins
  for (let r = REF_FIRST; r < pre; r++) subst[r] = r
  J.loopRef = irEmitRaw(J, IR.LOOP << 8, 0, 0)
  // SLOADs: substitute the end-of-iteration slot values.
  for (let r = REF_FIRST; r < pre; r++) {
    const w = r << 2
    if (ir[w] >>> 8 !== IR.SLOAD) continue
    const s = ir[w + 1]
    if (J.slotMod[s] === 0) continue
    const tr = J.slot[s]
    const t = ir[w] & IRT_TYPE, et = (tr >>> 24) & IRT_TYPE
    let nr = tr & 0xffff
    if (t !== et) {
      if (t === IRT.NUM && et === IRT.INT) nr = foldEmit(J, IR.CONV, IRT.NUM, nr, irconv(IRT.NUM, IRT.INT, false))
      else traceAbort(TraceError.TYPEINS, '')
    }
    subst[r] = nr
  }
  const loopSnap = J.nsnap - 1
  const nsnapPre = J.nsnap
  let si = 0
  for (let r = REF_FIRST; r < pre; r++) {
    while (si < nsnapPre && J.snapRef[si] <= r) {
      if (si !== loopSnap) snapCopy(J, si, loopSnap)
      si++
    }
    const w = r << 2
    const o = ir[w] >>> 8
    if (o === IR.SLOAD || o === IR.NOP) continue
    const a = ir[w + 1], b = ir[w + 2]
    const na = a >= REF_FIRST && a < pre ? subst[a] : a
    const nb = b >= REF_FIRST && b < pre ? subst[b] : b
    const nr = foldEmit(J, o, ir[w] & ~(IRT_ISPHI | IRT_MARK), na, nb)
    subst[r] = nr === REF_DROP ? r : nr
  }
  loopPhis(J, pre)
}

/** Copy pre-roll snapshot [n] into the body, on top of snapshot [ls]. */
function snapCopy(J: JitState, n: number, ls: number): void {
  const map = J.snapMap
  const subst = J.subst
  const pre = J.loopRef
  const dst = J.nsnap
  let m = J.nsnapmap
  let i = J.snapOfs[n]
  const ie = i + J.snapNent[n]
  let j = J.snapOfs[ls]
  const je = j + J.snapNent[ls]
  const ofs = m
  while (i < ie || j < je) {
    if (m >= J_MAXSNAPMAP) traceAbort(TraceError.SNAPOV, '')
    const si = i < ie ? snapSlot(map[i]) : 256
    const sj = j < je ? snapSlot(map[j]) : 256
    if (si <= sj) {
      const r = snapRef(map[i])
      map[m++] = snapEntry(si, snapFlags(map[i]), r >= REF_FIRST && r < pre ? subst[r] : r)
      i++
      if (sj === si) j++
    } else map[m++] = map[j++]
  }
  J.snapOfs[dst] = ofs
  J.snapNent[dst] = m - ofs
  J.snapRef[dst] = J.nins
  J.snapPc[dst] = J.snapPc[n]
  J.snapNslots[dst] = J.snapNslots[n]
  J.snapBase[dst] = J.snapBase[n]
  J.snapMres[dst] = J.snapMres[n]
  J.nsnap = dst + 1
  J.nsnapmap = m
}

/** Emit PHI(p, subst[p]) for pre-roll refs the body uses that vary. */
function loopPhis(J: JitState, pre: number): void {
  const ir = J.ir
  const subst = J.subst
  const mark = J.mark
  mark.fill(0, REF_FIRST, pre)
  const body = J.loopRef + 1
  for (let r = body; r < J.nins; r++) {
    const a = ir[(r << 2) + 1], b = ir[(r << 2) + 2]
    if (a >= REF_FIRST && a < pre) mark[a] = 1
    if (b >= REF_FIRST && b < pre) mark[b] = 1
  }
  for (let n = 0; n < J.nsnap; n++) {
    if (J.snapRef[n] <= J.loopRef) continue
    for (let i = J.snapOfs[n], e = i + J.snapNent[n]; i < e; i++) {
      const r = snapRef(J.snapMap[i])
      if (r >= REF_FIRST && r < pre) mark[r] = 1
    }
  }
  // Transitive: a varying PHI left whose right is a pre-roll ref.
  for (let changed = true; changed;) {
    changed = false
    for (let p = REF_FIRST; p < pre; p++) {
      const q = subst[p]
      if (mark[p] !== 0 && q !== p && q >= REF_FIRST && q < pre && mark[q] === 0) { mark[q] = 1; changed = true }
    }
  }
  let nphi = 0
  for (let p = REF_FIRST; p < pre; p++) {
    const q = subst[p]
    if (mark[p] === 0 || q === p) continue
    if (++nphi > LJ_MAX_PHI) traceAbort(TraceError.PHIOV, '')
    irEmitRaw(J, (IR.PHI << 8) | (ir[p << 2] & IRT_TYPE), p, q)
    irSetFlag(J, p, IRT_ISPHI)
    if (q >= REF_FIRST) irSetFlag(J, q, IRT_ISPHI)
  }
}
