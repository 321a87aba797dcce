// Bytecode table invariants: ORDER BC relations, field packing, modes.
import { describe, it, expect } from 'vitest'
import {
  BC, BCM, MM, MM_NONE, BC_NAMES, BC_MODE, bcA, bcB, bcC, bcD, bcJ, bcOp,
  bcIns, bcInsAD, bcInsAJ, bcIsJump, bcModeA, bcModeB, bcModeC, bcModeHasD,
  bcModeMM, bcSetA, bcSetB, bcSetC, bcSetD, bcSetJ, bcSetOp,
} from '../../soa/bc'

// LuaJIT 2.1's classic bytecode names, as jit.vmdef.bcnames lists them.
const LJ_NAMES =
  'ISLT ISGE ISLE ISGT ISEQV ISNEV ISEQS ISNES ISEQN ISNEN ISEQP ISNEP ' +
  'ISTC ISFC IST ISF ISTYPE ISNUM MOV NOT UNM LEN ADDVN SUBVN MULVN DIVVN ' +
  'MODVN ADDNV SUBNV MULNV DIVNV MODNV ADDVV SUBVV MULVV DIVVV MODVV POW ' +
  'CAT KSTR KCDATA KSHORT KNUM KPRI KNIL UGET USETV USETS USETN USETP UCLO ' +
  'FNEW TNEW TDUP GGET GSET TGETV TGETS TGETB TGETR TSETV TSETS TSETB TSETM ' +
  'TSETR CALLM CALL CALLMT CALLT ITERC ITERN VARG ISNEXT RETM RET RET0 RET1 ' +
  'FORI JFORI FORL IFORL JFORL ITERL IITERL JITERL LOOP ILOOP JLOOP JMP ' +
  'FUNCF IFUNCF JFUNCF FUNCV IFUNCV JFUNCV FUNCC FUNCCW'

describe('soa/bc', () => {
  it('has LuaJIT 2.1 classic opcodes in LuaJIT order', () => {
    expect(BC._MAX).toBe(97)
    expect(BC_NAMES.join(' ')).toBe(LJ_NAMES)
  })
  it('ORDER BC: comparisons negate with ^1 and swap with ^3', () => {
    expect(BC.ISEQV + 1).toBe(BC.ISNEV)
    expect(BC.ISEQV ^ 1).toBe(BC.ISNEV)
    expect(BC.ISEQS ^ 1).toBe(BC.ISNES)
    expect(BC.ISEQN ^ 1).toBe(BC.ISNEN)
    expect(BC.ISEQP ^ 1).toBe(BC.ISNEP)
    expect(BC.ISLT ^ 1).toBe(BC.ISGE)
    expect(BC.ISLE ^ 1).toBe(BC.ISGT)
    expect(BC.ISLT ^ 3).toBe(BC.ISGT)
  })
  it('ORDER BC: test ops, calls and returns', () => {
    expect(BC.IST - BC.ISTC).toBe(BC.ISF - BC.ISFC)
    expect(BC.CALLT - BC.CALL).toBe(BC.CALLMT - BC.CALLM)
    expect(BC.CALLMT + 1).toBe(BC.CALLT)
    expect(BC.RETM + 1).toBe(BC.RET)
  })
  it('ORDER BC: I-form is X+1, J-form is X+2', () => {
    for (const x of [BC.FORL, BC.ITERL, BC.LOOP, BC.FUNCF, BC.FUNCV]) {
      expect(BC_NAMES[x + 1]).toBe('I' + BC_NAMES[x])
      expect(BC_NAMES[x + 2]).toBe('J' + BC_NAMES[x])
    }
    expect(BC.FORI + 1).toBe(BC.JFORI)
  })
  it('ORDER ARITH: VN, NV, VV groups line up with the metamethods', () => {
    for (let i = 0; i < 5; i++) {
      expect(bcModeMM(BC.ADDVN + i)).toBe(MM.add + i)
      expect(bcModeMM(BC.ADDNV + i)).toBe(MM.add + i)
      expect(bcModeMM(BC.ADDVV + i)).toBe(MM.add + i)
    }
    expect(BC.POW).toBe(BC.MODVV + 1)
    expect(bcModeMM(BC.POW)).toBe(MM.pow)
  })
  it('packs ABC and AD words as LuaJIT does', () => {
    const i = bcIns(BC.TGETS, 1, 2, 3)
    expect(i).toBe(BC.TGETS | (1 << 8) | (3 << 16) | (2 << 24))
    expect([bcOp(i), bcA(i), bcB(i), bcC(i)]).toEqual([BC.TGETS, 1, 2, 3])
    const w = bcIns(BC.CALL, 255, 255, 255)
    expect(w).toBe((0xffffff00 | BC.CALL) >>> 0)
    expect(bcB(w)).toBe(255)
    const d = bcInsAD(BC.KSHORT, 7, 0xfffe)
    expect([bcOp(d), bcA(d), bcD(d)]).toEqual([BC.KSHORT, 7, 0xfffe])
    const j = bcInsAJ(BC.JMP, 0, -3)
    expect(bcJ(j)).toBe(-3)
    expect(bcD(j)).toBe(0x8000 - 3)
  })
  it('setters replace exactly one field', () => {
    const i = bcIns(BC.CALL, 1, 2, 3)
    expect(bcSetOp(i, BC.CALLM)).toBe(bcIns(BC.CALLM, 1, 2, 3))
    expect(bcSetA(i, 9)).toBe(bcIns(BC.CALL, 9, 2, 3))
    expect(bcSetB(i, 200)).toBe(bcIns(BC.CALL, 1, 200, 3))
    expect(bcSetC(i, 0)).toBe(bcIns(BC.CALL, 1, 2, 0))
    expect(bcSetD(i, 0x1234)).toBe(bcInsAD(BC.CALL, 1, 0x1234))
    expect(bcJ(bcSetJ(i, 17))).toBe(17)
  })
  it('derives operand modes from the attribute record', () => {
    expect(BC_MODE.length).toBe(BC._MAX)
    expect(bcModeA(BC.TGETS)).toBe(BCM.dst)
    expect(bcModeB(BC.TGETS)).toBe(BCM.var)
    expect(bcModeC(BC.TGETS)).toBe(BCM.str)
    expect(bcModeMM(BC.TGETS)).toBe(MM.index)
    expect(bcModeHasD(BC.KSTR)).toBe(true)
    expect(bcModeHasD(BC.ADDVV)).toBe(false)
    expect(bcModeMM(BC.MOV)).toBe(MM_NONE)
    expect(bcIsJump(BC.JMP)).toBe(true)
    expect(bcIsJump(BC.FORL)).toBe(true)
    expect(bcIsJump(BC.JFORL)).toBe(false)
    expect(bcIsJump(BC.UCLO)).toBe(true)
    for (let op = 0; op < BC._MAX; op++) expect(bcModeA(op)).toBeLessThanOrEqual(7)
  })
})
