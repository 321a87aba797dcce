// bcList prints luajit -bl's shape; fmtNum is Lua 5.1's "%.14g".
import { describe, it, expect } from 'vitest'
import { bcList, fmtNum } from '../../src/front/bclist'
import { compile } from '../../src/front/parse'

describe('fmtNum (%.14g)', () => {
  it('formats like lua5.1 tostring', () => {
    const cases: [number, string][] = [
      [0, '0'], [1, '1'], [-1, '-1'], [0.1, '0.1'], [1 / 3, '0.33333333333333'],
      [1e15, '1e+15'], [1e14, '1e+14'], [123456789012345, '1.2345678901234e+14'],
      [12345678901234, '12345678901234'], [1e-5, '1e-05'], [0.0001, '0.0001'],
      [2 ** 53, '9.007199254741e+15'], [1e300 * 1e10, 'inf'], [-1e300 * 1e10, '-inf'],
      [5e-324, '4.9406564584125e-324'], [100, '100'], [2.5, '2.5'], [-0.5, '-0.5'],
      [1e100, '1e+100'], [3.14159265358979, '3.1415926535898'],
      // Exact ties round half to even, as C's printf does.
      [0.000385284423828125, '0.00038528442382812'],
      [0.00138092041015625, '0.0013809204101562'],
      [-0.00138092041015625, '-0.0013809204101562'],
      [1234567890123.45, '1234567890123.4'], [-0, '-0'],
    ]
    for (const [n, s] of cases) expect(fmtNum(n)).toBe(s)
  })
})

describe('bcList', () => {
  it('lists a string chunk as luajit -bl does', () => {
    const src = 'local a = f(1,2)'
    expect(bcList(compile(Buffer.from(src), src))).toBe(
      '-- BYTECODE -- "local a = f(1,2)":0-1\n' +
      '0001    GGET     0   0      ; "f"\n' +
      '0002    KSHORT   2   1\n' +
      '0003    KSHORT   3   2\n' +
      '0004    CALL     0   2   3\n' +
      '0005    RET0     0   1\n\n')
  })
  it('marks jump targets and lists children first', () => {
    const src = 'local function f(x) if x then return 1 end end\nreturn f'
    const txt = bcList(compile(Buffer.from(src), '=t'))
    expect(txt.indexOf('-- BYTECODE -- t:1-1')).toBe(0)
    expect(txt).toContain('=> RET0')
    expect(txt).toContain('FNEW     0   0      ; t:1')
  })
})
