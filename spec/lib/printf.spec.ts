// printf: string.format core vs lua5.1 fixtures (spec/lib/fixtures/printf.json).
import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFormat, FormatError, FormatArgs, fmtSpecNew, fmtScan } from '../../src/lib/printf'
import { bufNew } from '../../src/lib/pattern'
import { numToStr } from '../../src/rt/numfmt'
import { str2d, str2dRes } from '../../src/rt/numparse'

type Arg = { n: string } | { s: string } | null
type Case = [string, Arg[], string | null, string?]
const fx = JSON.parse(readFileSync(join(__dirname, 'fixtures/printf.json'), 'utf8')) as Case[]

const f64 = new Float64Array(1)
const u32 = new Uint32Array(f64.buffer)

/** Bytes of a latin1 string. */
function bytes(s: string): Uint8Array {
  return Uint8Array.from(Buffer.from(s, 'latin1'))
}

/** Lua-like argument list: numbers as raw bits (keeps NaN signs), strings as bytes. */
class Args implements FormatArgs {
  sBuf: Uint8Array = new Uint8Array(0)
  sOff = 0
  sLen = 0
  constructor(private vals: Arg[]) {}
  /** Type name for error messages. */
  private tname(v: Arg): string { return v === null ? 'nil' : 'n' in v ? 'number' : 'string' }
  private get(arg: number): Arg { return this.vals[arg - 2] ?? null }
  check(arg: number): void {
    if (arg - 2 >= this.vals.length) throw new FormatError(`bad argument #${arg} to 'format' (no value)`)
  }
  num(arg: number): number {
    const v = this.get(arg)
    if (v !== null && 'n' in v) {
      u32[1] = parseInt(v.n.slice(0, 8), 16); u32[0] = parseInt(v.n.slice(8), 16)
      return f64[0]
    }
    if (v !== null) {
      const b = bytes(v.s)
      const x = str2d(b, 0, b.length)
      if (str2dRes.ok) return x
    }
    throw new FormatError(`bad argument #${arg} to 'format' (number expected, got ${this.tname(v)})`)
  }
  str(arg: number): void {
    const v = this.get(arg)
    if (v === null) throw new FormatError(`bad argument #${arg} to 'format' (string expected, got nil)`)
    let s: string
    if ('n' in v) {
      s = numToStr(this.num(arg))
    } else s = v.s
    this.sBuf = bytes('##' + s)
    this.sOff = 2
    this.sLen = s.length
  }
}

describe('printf', () => {
  it(`matches lua5.1 string.format on ${fx.length} recorded cases`, () => {
    expect(fx.length).toBeGreaterThan(200)
    const out = bufNew(16)
    const bad: string[] = []
    for (const [fmt, args, want, err] of fx) {
      out.n = 0
      let got: string, gotErr: string | null = null
      try {
        const fb = bytes('@' + fmt + '@')
        strFormat(fb, 1, fb.length - 2, new Args(args), out)
        got = Buffer.from(out.b.subarray(0, out.n)).toString('latin1')
      } catch (e) {
        if (!(e instanceof FormatError)) throw e
        got = ''
        gotErr = e.message
      }
      if (want === null) {
        if (gotErr !== err) bad.push(`${JSON.stringify(fmt)} ${JSON.stringify(args)}: got ${gotErr ?? JSON.stringify(got)}, want error ${err}`)
      } else if (gotErr !== null || got !== want) {
        bad.push(`${JSON.stringify(fmt)} ${JSON.stringify(args)}: got ${gotErr ?? JSON.stringify(got)}, want ${JSON.stringify(want)}`)
      }
    }
    expect(bad.slice(0, 40)).toEqual([])
  })
  it('parses specs like scanformat', () => {
    const F = fmtSpecNew()
    const b = bytes('-+ #012.34e')
    expect(fmtScan(F, b, 0, b.length)).toBe(b.length)
    expect([F.minus, F.plus, F.space, F.hash, F.zero, F.width, F.prec, F.conv])
      .toEqual([true, true, true, true, true, 12, 34, 101])
  })
})
