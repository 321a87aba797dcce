import { describe, it, expect } from 'vitest'
import {
  TAG_NIL, TAG_FALSE, TAG_TRUE, TAG_STR, TAG_TAB, TAG_UDATA, TAG_NUMX, TAG_FUNC,
  tagIsNum, tagIsTruthy, tagIsGC, tagTypeName, slotCopy, slotSetNil, slotSetObj, assertLittleEndian,
} from '../../soa/value'

/** A fresh two-view buffer of [n] slots. */
function views(n: number): [Float64Array, Uint32Array] {
  const b = new ArrayBuffer(8 * n)
  return [new Float64Array(b), new Uint32Array(b)]
}

describe('NaN-boxed values', () => {
  it('host is little-endian', () => { assertLittleEndian() })
  it('ORDER TAG: truthy, number and GC tests are single compares', () => {
    expect(tagIsTruthy(TAG_NIL)).toBe(false)
    expect(tagIsTruthy(TAG_FALSE)).toBe(false)
    expect(tagIsTruthy(TAG_TRUE)).toBe(true)
    expect(tagIsGC(TAG_STR) && tagIsGC(TAG_UDATA) && tagIsGC(TAG_TAB)).toBe(true)
    expect(tagIsGC(TAG_TRUE)).toBe(false)
    expect(tagIsNum(TAG_NUMX)).toBe(false)
    expect(tagTypeName(TAG_FUNC)).toBe('function')
    expect(tagTypeName(TAG_UDATA)).toBe('userdata')
    expect(tagTypeName(0)).toBe('number')
  })
  it('arithmetic NaNs, -0 and infinities stay numbers', () => {
    const [F, U] = views(8)
    const z = F.length - 8 // runtime zero, so 0/0 is not folded
    const vals = [z / z, Math.sqrt(-1 - z), -0, Infinity, -Infinity, Infinity - Infinity, NaN]
    for (let i = 0; i < vals.length; i++) {
      F[i] = vals[i]
      expect(tagIsNum(U[2 * i + 1])).toBe(true)
    }
    expect(Object.is(F[2], -0)).toBe(true)
  })
  it('every tag and payload survives a slot copy', () => {
    const [, U] = views(4)
    const tags = [TAG_NIL, TAG_FALSE, TAG_TRUE, TAG_STR, TAG_TAB, TAG_UDATA, TAG_FUNC]
    for (const tag of tags) {
      for (const id of [0, 1, 0x7fffffff, 0xffffffff]) {
        slotSetObj(U, 0, tag, id)
        slotCopy(U, 1, 0)
        expect(U[3]).toBe(tag)
        expect(U[2]).toBe(id)
      }
    }
    slotSetNil(U, 2)
    expect(U[4]).toBe(0xffffffff)
    expect(U[5]).toBe(TAG_NIL)
  })
})
