// DCE: dead-code elimination before LOOP (lj_opt_dce.c).
//
// Roots are every ref a snapshot mentions and every instruction with an
// effect: stores, loop/PHI markers and all guards. (LuaJIT lets unused
// "weak" guards die; tracelua keeps every guard, because a type-checking
// SLOAD of a primitive slot is never used as an operand - the slot map
// holds the constant instead - but its check still matters.) A backward
// walk then marks the operands of marked instructions and turns unmarked
// ones into NOPs, unlinking them from their op chains as it goes (the
// chains are walked newest-first, so the walk keeps a "last kept" ref per
// op to patch prev links in O(1)). NOPs are never compacted. Literal
// operands are below REF_BIAS by construction, so "operand >= REF_FIRST"
// is "operand is an instruction" without the mode table.
import { IR, IRT_GUARD, REF_FIRST, irmSideEff } from '../../soa/ir'
import { snapRef } from '../../soa/snap'
import type { JitState } from './state'
import { irNop } from './ir'

/** Remove unused instructions of [J]'s recorded IR. */
export function optDce(J: JitState): void {
  const mark = J.mark
  const ir = J.ir
  const nins = J.nins
  mark.fill(0, REF_FIRST, nins)
  for (let i = 0; i < J.nsnapmap; i++) {
    const r = snapRef(J.snapMap[i])
    if (r >= REF_FIRST) mark[r] = 1
  }
  // last[op]: the newest kept instruction of that op seen so far (walking
  // down), whose prev must skip the removed ones; 0 = chain head.
  const last = J.subst // scratch: only IR._MAX entries used
  last.fill(0, 0, IR._MAX)
  for (let r = nins - 1; r >= REF_FIRST; r--) {
    const w = r << 2
    const o = ir[w] >>> 8
    const keep = mark[r] !== 0 || (ir[w] & IRT_GUARD) !== 0 || irmSideEff(o) || o === IR.LOOP || o === IR.PHI
    if (!keep) {
      const prev = ir[w + 3]
      if (last[o] === 0) J.chain[o] = prev
      else ir[(last[o] << 2) + 3] = prev
      irNop(J, r)
      ir[w + 3] = 0
      continue
    }
    last[o] = r
    const a = ir[w + 1], b = ir[w + 2]
    if (a >= REF_FIRST && a < nins) mark[a] = 1
    if (b >= REF_FIRST && b < nins) mark[b] = 1
  }
}

