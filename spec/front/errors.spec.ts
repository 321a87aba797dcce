// Compile errors match lua5.1's messages, recorded by record-errors.mjs.
import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compile } from '../../src/front/parse'
import { LuaCompileError } from '../../src/front/error'

interface ErrCase { src: string; name: string | null; msg: string }
const cases = JSON.parse(readFileSync(join(__dirname, 'errors.expected.json'), 'utf8')) as ErrCase[]

/** lua5.1-style result of loading [c]: 'OK' or the error message. */
function load(c: ErrCase): string {
  try {
    compile(Buffer.from(c.src, 'latin1'), c.name ?? c.src)
    return 'OK'
  } catch (e) {
    if (e instanceof LuaCompileError) return e.message
    throw e
  }
}

// Unavoidable differences, by case source prefix. Frames are LuaJIT's GC64
// layout (a call's arguments start at base+2, one slot later than in PUC
// Lua), so the 250-slot limit trips one argument earlier than in lua5.1.
const KNOWN_DIFF: readonly (readonly [string, string, string])[] = [
  ['f(a0, a1, a2', "near 'a249'", "near 'a248'"],
]

/** Expected message for [c], after documented differences. */
function expected(c: ErrCase): string {
  for (const [prefix, from, to] of KNOWN_DIFF) {
    if (c.src.startsWith(prefix)) return c.msg.replace(from, to)
  }
  return c.msg
}

describe('compile errors (lua5.1 texts)', () => {
  it('has at least 30 recorded malformed programs', () => {
    expect(cases.filter((c) => c.msg !== 'OK').length).toBeGreaterThanOrEqual(30)
  })
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i]
    const title = JSON.stringify(c.src.length > 60 ? c.src.slice(0, 60) + '...' : c.src)
    it(`${i}: ${title}`, () => {
      expect(load(c)).toBe(expected(c))
    })
  }
  it('LuaCompileError carries line, column, chunk and reason', () => {
    try {
      compile(Buffer.from('x = 1\ny = = 2'), '=t')
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(LuaCompileError)
      const ce = e as LuaCompileError
      expect(ce.message).toBe("t:2: unexpected symbol near '='")
      expect(ce.line).toBe(2)
      expect(ce.column).toBe(5)
      expect(ce.chunk).toBe('=t')
      expect(ce.reason).toBe("unexpected symbol near '='")
    }
  })
})
