// IR layout invariants (ORDER IR, ORDER IRT, biased refs, TRef and snapshot packing).
import { describe, it, expect } from 'vitest'
import {
  IR, IRT, IR_NAMES, IR_MODE, IRT_NAMES, IRDELTA_L2S, IRM_S, IRM_L, IRFL, IRFL_NAMES,
  REF_BIAS, REF_NIL, REF_FALSE, REF_TRUE, REF_BASE, REF_FIRST, irmKind, irmIsComm, irmSideEff,
  irtOfTag, irtToTag, tref, trefRef, trefType, trefIsK, irconv, IRCONV_CHECK,
} from '../../soa/ir'
import { snapEntry, snapSlot, snapRef, snapFlags, SNAP_FRAME } from '../../soa/snap'
import {
  TAG_NIL, TAG_FALSE, TAG_TRUE, TAG_STR, TAG_FUNC, TAG_TAB, TAG_UDATA, TAG_NUMX,
} from '../../soa/value'

describe('IR ops', () => {
  it('has LuaJIT 2.1 op names, one row per op', () => {
    expect(IR_NAMES.length).toBe(IR._MAX)
    expect(IR._MAX).toBe(101)
    expect(IR_NAMES[IR.SLOAD]).toBe('SLOAD')
    expect(IR_NAMES[IR.HREFK]).toBe('HREFK')
  })
  it('ORDER IR: compare negation, ordered/unordered, swap', () => {
    expect(IR.LT ^ 1).toBe(IR.GE)
    expect(IR.LE ^ 1).toBe(IR.GT)
    expect(IR.EQ ^ 1).toBe(IR.NE)
    expect(IR.LT ^ 4).toBe(IR.ULT)
    expect(IR.GE ^ 4).toBe(IR.UGE)
    expect(IR.LT ^ 3).toBe(IR.GT)
    expect(IR.GE ^ 3).toBe(IR.LE)
  })
  it('ORDER IR: loads and stores at a fixed distance', () => {
    expect(IR.ASTORE - IR.ALOAD).toBe(IRDELTA_L2S)
    expect(IR.HSTORE - IR.HLOAD).toBe(IRDELTA_L2S)
    expect(IR.USTORE - IR.ULOAD).toBe(IRDELTA_L2S)
    expect(IR.FSTORE - IR.FLOAD).toBe(IRDELTA_L2S)
    expect(IR.XSTORE - IR.XLOAD).toBe(IRDELTA_L2S)
  })
  it('ORDER ARITH: ADD..POW consecutive as the bytecode arith ops', () => {
    expect([IR.SUB, IR.MUL, IR.DIV, IR.MOD, IR.POW, IR.NEG].map((o) => o - IR.ADD)).toEqual([1, 2, 3, 4, 5, 6])
  })
  it('modes: kinds, commutativity, side effects', () => {
    expect(irmKind(IR.ASTORE)).toBe(IRM_S)
    expect(irmKind(IR.SLOAD)).toBe(IRM_L)
    expect(irmIsComm(IR.ADD)).toBe(true)
    expect(irmIsComm(IR.SUB)).toBe(false)
    expect(irmSideEff(IR.HSTORE)).toBe(true)
    expect(irmSideEff(IR.ADD)).toBe(false)
    expect(irmSideEff(IR.ADDOV)).toBe(true) // non-weak guard
    for (let o = 0; o < IR._MAX; o++) expect(IR_MODE[o] >>> 9).toBe(0)
  })
  it('field names cover every field', () => {
    expect(IRFL_NAMES.length).toBe(IRFL._MAX)
  })
})

describe('IR types', () => {
  it('irt = ~tag & 31, LuaJIT order', () => {
    expect(irtOfTag(TAG_NIL)).toBe(IRT.NIL)
    expect(irtOfTag(TAG_FALSE)).toBe(IRT.FALSE)
    expect(irtOfTag(TAG_TRUE)).toBe(IRT.TRUE)
    expect(irtOfTag(TAG_STR)).toBe(IRT.STR)
    expect(irtOfTag(TAG_FUNC)).toBe(IRT.FUNC)
    expect(irtOfTag(TAG_TAB)).toBe(IRT.TAB)
    expect(irtOfTag(TAG_UDATA)).toBe(IRT.UDATA)
    expect(irtOfTag(0)).toBe(IRT.NUM)
    expect(irtOfTag(TAG_NUMX - 1)).toBe(IRT.NUM)
    for (const tag of [TAG_NIL, TAG_FALSE, TAG_TRUE, TAG_STR, TAG_FUNC, TAG_TAB, TAG_UDATA]) {
      expect(irtToTag(irtOfTag(tag))).toBe(tag)
    }
    expect(IRT_NAMES.length).toBe(IRT._MAX)
    expect(IRT.NUM).toBe(14)
    expect(IRT.INT).toBe(19)
  })
})

describe('refs and packing', () => {
  it('biased refs: primitives below the bias, BASE at it', () => {
    expect([REF_TRUE, REF_FALSE, REF_NIL, REF_BASE, REF_FIRST]).toEqual([
      REF_BIAS - 3, REF_BIAS - 2, REF_BIAS - 1, REF_BIAS, REF_BIAS + 1])
  })
  it('TRef packs ref and type', () => {
    const tr = tref(REF_BIAS + 7, IRT.NUM)
    expect(trefRef(tr)).toBe(REF_BIAS + 7)
    expect(trefType(tr)).toBe(IRT.NUM)
    expect(trefIsK(tr)).toBe(false)
    expect(trefIsK(tref(REF_NIL, IRT.NIL))).toBe(true)
  })
  it('CONV modes stay below the bias (literal operands)', () => {
    expect(irconv(IRT.UDATA + 12, IRT._MAX, true)).toBeLessThan(REF_BIAS)
    expect(irconv(IRT.INT, IRT.NUM, true) & IRCONV_CHECK).not.toBe(0)
  })
  it('snapshot entries: slot<<24 | flags | ref', () => {
    const e = snapEntry(200, SNAP_FRAME, REF_BIAS + 123)
    expect(snapSlot(e)).toBe(200)
    expect(snapRef(e)).toBe(REF_BIAS + 123)
    expect(snapFlags(e)).toBe(SNAP_FRAME)
  })
})
