// numfmt: tostring (%.14g) against lua5.1 fixtures (spec/lib/fixtures/numfmt.json).
import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { numToStr, numToStrBits, numSignBit, fmtG } from '../../src/rt/numfmt'

const fx = JSON.parse(readFileSync(join(__dirname, '../lib/fixtures/numfmt.json'), 'utf8')) as {
  tostring: [string, string][]
}

const f64 = new Float64Array(1)
const u32 = new Uint32Array(f64.buffer)
/** Double from 16 hex digits. */
function fromHex(h: string): number {
  u32[1] = parseInt(h.slice(0, 8), 16)
  u32[0] = parseInt(h.slice(8), 16)
  return f64[0]
}

describe('numToStr', () => {
  it(`matches lua5.1 tostring on ${fx.tostring.length} recorded doubles`, () => {
    expect(fx.tostring.length).toBeGreaterThan(300)
    const bad: string[] = []
    for (let i = 0; i < fx.tostring.length; i++) {
      const [h, want] = fx.tostring[i]
      const hi = parseInt(h.slice(0, 8), 16), lo = parseInt(h.slice(8), 16)
      const got = numToStrBits(hi, lo)
      const x = fromHex(h)
      if (got !== want) bad.push(`${h} ${x}: got ${got} want ${want}`)
      if (x === x && numToStr(x) !== want) bad.push(`${h} numToStr: got ${numToStr(x)} want ${want}`)
    }
    expect(bad).toEqual([])
  })
  it('prints -0, inf, NaN signs as glibc does', () => {
    expect(numToStr(-0)).toBe('-0')
    expect(numToStr(0)).toBe('0')
    expect(numToStr(Infinity)).toBe('inf')
    expect(numToStr(-Infinity)).toBe('-inf')
    expect(numToStrBits(0xfff80000, 0)).toBe('-nan')
    expect(numToStrBits(0x7ff80000, 0)).toBe('nan')
    expect(numToStrBits(0x7ff00000, 1)).toBe('nan')
    expect(numToStrBits(0x7ff00000, 0)).toBe('inf')
    expect(numSignBit(-0)).toBe(1)
    expect(fmtG(-Infinity, 6, true, false)).toBe('-INF')
  })
  it('rounds exact ties half-even', () => {
    expect(numToStr(123456789012345)).toBe('1.2345678901234e+14')
    expect(numToStr(123456789012355)).toBe('1.2345678901236e+14')
    expect(numToStr(12345678901234.5)).toBe('12345678901234')
    expect(numToStr(12345678901233.5)).toBe('12345678901234')
    expect(numToStr(2 ** 53)).toBe('9.007199254741e+15')
  })
})
