// bit library: Lua BitOp semantics, recorded with lua5.1 + lua-bitop
// (`local bit = require "bit"` prepended). LuaJIT agrees except for
// tohex widths above 8 and the order in which bad arguments are reported.
import { describe, it, expect } from 'vitest'
import { runLua } from '../helpers/run'

/** Run [src] as chunk "=stdin"; stdout plus a final "--- error: msg" line. */
function run(src: string): string {
  const r = runLua(src, '=stdin')
  return r.error === null ? r.out : r.out + '--- error: ' + r.error + '\n'
}

const CASES = String.raw`local vals = {0, 1, -1, 2^31, 2^32, 2^32 + 1, -2^31 - 1, 2^53, 2^53 - 1, 2^52 + 0.5, 0.5, 1.5, 2.5, -0.5, -1.5, 1e300, -1e300, 1/0, -1/0, 0/0, "12", "0x7fffffff", " 3 "}
local o = {}
for i = 1, #vals do o[#o + 1] = bit.tobit(vals[i]) end
print(table.concat(o, ' '))
print(bit.tohex(1), bit.tohex(-1), bit.tohex(0x1234abcd, 4), bit.tohex(0x1234abcd, -4), bit.tohex(255, 0), bit.tohex(255, 12), bit.tohex(255, -12), bit.tohex(3, 2.6))
print(bit.bnot(0), bit.bnot(-1), bit.bnot(2^32 + 5))
print(bit.band(0xff, 0x0f, 0x3c), bit.bor(1, 2, 4, 8), bit.bxor(0xff, 0x0f, 1), bit.band(7), bit.bor(-1), bit.bxor(3))
for _, n in ipairs({0, 1, 4, 31, 32, 33, -1, 36.6}) do
  print(n, bit.lshift(1, n), bit.rshift(-1, n), bit.arshift(-256, n), bit.rol(0x12345678, n), bit.ror(0x12345678, n))
end
print(bit.bswap(0x12345678), bit.bswap(-1), bit.bswap(0x80))
print(pcall(bit.band)) print(pcall(bit.bor, 1, {})) print(pcall(bit.bxor, 1, 'x', {})) print(pcall(bit.tobit, nil)) print(pcall(bit.tohex, 1, {}))
print(pcall(bit.lshift, 1)) print(pcall(bit.rol)) print(pcall(bit.bswap, true))
`

const CASES_OUT = `0 1 -1 -2147483648 0 1 2147483647 0 0 0 0 2 2 0 -2 -2013235812 -2013235812 0 0 0 12 2147483647 3
00000001	ffffffff	abcd	ABCD		000000ff	000000FF	003
-1	0	-6
12	15	241	7	-1	3
0	1	-1	-256	305419896	305419896
1	2	2147483647	-128	610839792	152709948
4	16	268435455	-16	591751041	-2128394905
31	-2147483648	1	-1	152709948	610839792
32	1	-1	-256	305419896	305419896
33	2	2147483647	-128	610839792	152709948
-1	-2147483648	1	-1	152709948	610839792
36.6	32	134217727	-8	1183502082	-1064197453
2018915346	-1	-2147483648
false	bad argument #1 to '?' (number expected, got no value)
false	bad argument #2 to '?' (number expected, got table)
false	bad argument #3 to '?' (number expected, got table)
false	bad argument #1 to '?' (number expected, got nil)
false	bad argument #2 to '?' (number expected, got table)
false	bad argument #2 to '?' (number expected, got no value)
false	bad argument #1 to '?' (number expected, got no value)
false	bad argument #1 to '?' (number expected, got boolean)
`

describe('bit library', () => {
  it('matches lua-bitop: normalisation, shifts, rotates, tohex, errors', () => {
    expect(run(CASES)).toBe(CASES_OUT)
  })

  it('is the global bit', () => {
    expect(run('print(type(bit), bit.band(0xff, 0x0f), bit.tohex(255))')).toBe('table\t15\t000000ff\n')
  })

  it('is in package.loaded with table, math, jit and jit.opt', () => {
    const src = 'print(require("bit") == bit, require("table") == table, require("math") == math, ' +
      'require("jit") == jit, require("jit.opt") == jit.opt)'
    expect(run(src)).toBe('true\ttrue\ttrue\ttrue\ttrue\n')
  })
})
