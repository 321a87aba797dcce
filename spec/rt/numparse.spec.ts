// numparse: tonumber(s) and tonumber(s, base) against lua5.1 fixtures.
import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { str2d, str2dBase, str2dRes } from '../../src/rt/numparse'
import { numToStr } from '../../src/rt/numfmt'

const fx = JSON.parse(readFileSync(join(__dirname, '../lib/fixtures/numparse.json'), 'utf8')) as {
  str2d: [string, string | null, string | null][]
  base: [string, number, string | null][]
}

/** Parse a %.17g string printed by lua5.1. */
function parseC(s: string): number {
  if (s === 'inf') return Infinity
  if (s === '-inf') return -Infinity
  if (s === 'nan' || s === '-nan') return NaN
  return Number(s)
}

/** Bytes of a latin1 JS string. */
function bytes(s: string): Uint8Array {
  return Uint8Array.from(Buffer.from(s, 'latin1'))
}

describe('str2d', () => {
  it(`matches lua5.1 tonumber(s) on ${fx.str2d.length} strings`, () => {
    const bad: string[] = []
    for (const [s, want, wantStr] of fx.str2d) {
      // Embed at an offset to check off/len handling.
      const b = bytes('##' + s + '##')
      const got = str2d(b, 2, b.length - 4)
      if (want === null) {
        if (str2dRes.ok) bad.push(`${JSON.stringify(s)}: got ${got}, want nil`)
        continue
      }
      const w = parseC(want)
      if (!str2dRes.ok) { bad.push(`${JSON.stringify(s)}: got nil, want ${want}`); continue }
      if (!Object.is(got, w)) bad.push(`${JSON.stringify(s)}: got ${got}, want ${want}`)
      if (w !== w) {
        if (str2dRes.nanNeg !== (want === '-nan')) bad.push(`${JSON.stringify(s)}: NaN sign`)
      } else if (numToStr(got) !== wantStr) bad.push(`${JSON.stringify(s)}: tostring ${numToStr(got)}`)
    }
    expect(bad).toEqual([])
  })
  it(`matches lua5.1 tonumber(s, base) on ${fx.base.length} cases`, () => {
    const bad: string[] = []
    for (const [s, base, want] of fx.base) {
      const b = bytes(s)
      if (base === 10) {
        str2d(b, 0, b.length) // base 10 takes the ordinary path in 5.1
      }
      const got = base === 10 ? str2d(b, 0, b.length) : str2dBase(b, 0, b.length, base)
      if (want === null) {
        if (str2dRes.ok) bad.push(`${JSON.stringify(s)}/${base}: got ${got}, want nil`)
      } else if (!str2dRes.ok || !Object.is(got, parseC(want))) {
        bad.push(`${JSON.stringify(s)}/${base}: got ${str2dRes.ok ? got : 'nil'}, want ${want}`)
      }
    }
    expect(bad).toEqual([])
  })
})
