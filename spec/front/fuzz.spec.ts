// Robustness: every input yields a ProtoOut or a LuaCompileError, never a
// host exception (TypeError, RangeError, ...) and never a hang.
import { describe, it, expect } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { compile } from '../../src/front/parse'
import { LuaCompileError } from '../../src/front/error'

/** xorshift32 PRNG seeded with [seed]. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1
  return () => {
    s ^= s << 13; s >>>= 0
    s ^= s >>> 17
    s ^= s << 5; s >>>= 0
    return s
  }
}

/** Compile [src]; fail the test on anything but LuaCompileError. */
function tryCompile(src: Uint8Array): void {
  try {
    compile(src, 'fuzz')
  } catch (e) {
    if (!(e instanceof LuaCompileError)) {
      throw new Error(`host error ${String(e)} on ${JSON.stringify(Buffer.from(src).toString('latin1'))}`)
    }
  }
}

const corpusDir = join(__dirname, 'corpus')
const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.lua')).sort()
  .map((f) => readFileSync(join(corpusDir, f)))

const TOKENS = ['and', 'break', 'do', 'else', 'elseif', 'end', 'false', 'for',
  'function', 'if', 'in', 'local', 'nil', 'not', 'or', 'repeat', 'return',
  'then', 'true', 'until', 'while', '..', '...', '==', '>=', '<=', '~=', '+',
  '-', '*', '/', '%', '^', '#', '=', '<', '>', '(', ')', '{', '}', '[', ']',
  ';', ':', ',', '.', 'x', 'y', 'f', 't', '1', '0x1F', '2.5e3', '"s"', "'q'",
  '[[l]]', '--c\n', '\n', ' ', 'self', 'pairs', '[=[', ']=]', '"\\', '\\x4',
  '\\300', '\r\n', '\0', '\xff', '0x', '1e', '[', '=']

describe('fuzz: only LuaCompileError escapes', () => {
  it('random byte strings', () => {
    const r = rng(12345)
    for (let n = 0; n < 3000; n++) {
      const len = r() % 64
      const b = new Uint8Array(len)
      for (let i = 0; i < len; i++) b[i] = r() & 0xff
      tryCompile(b)
    }
  })
  it('random printable strings', () => {
    const r = rng(777)
    for (let n = 0; n < 3000; n++) {
      const len = r() % 80
      const b = new Uint8Array(len)
      for (let i = 0; i < len; i++) b[i] = 32 + (r() % 95)
      tryCompile(b)
    }
  })
  it('random token soup', () => {
    const r = rng(4242)
    for (let n = 0; n < 5000; n++) {
      const len = 1 + (r() % 30)
      let s = ''
      for (let i = 0; i < len; i++) s += TOKENS[r() % TOKENS.length] + (r() % 3 === 0 ? ' ' : '')
      tryCompile(Buffer.from(s, 'latin1'))
    }
  })
  it('every truncation of the corpus programs', () => {
    for (const src of corpus) {
      const step = Math.max(1, src.length >> 8)
      for (let cut = 0; cut <= src.length; cut += step) tryCompile(src.subarray(0, cut))
    }
  })
  it('byte mutations of the corpus programs', () => {
    const r = rng(99)
    for (const src of corpus) {
      for (let n = 0; n < 150; n++) {
        const b = Uint8Array.from(src)
        const k = 1 + (r() % 4)
        for (let i = 0; i < k; i++) {
          const pos = r() % b.length
          b[pos] = TOKENS[r() % TOKENS.length].charCodeAt(0)
        }
        tryCompile(b)
      }
    }
  })
  it('pathological nesting and sizes stay compile errors', () => {
    const deep = ['(', '{', 'not ', '- ', 'f(', 'function() ', 'do ', 'while x do ', 'a.', 'a[']
    for (const d of deep) tryCompile(Buffer.from('x = ' + d.repeat(5000)))
    tryCompile(Buffer.from('local a ' + ', a'.repeat(300)))
    tryCompile(Buffer.from('a' + ', a'.repeat(400) + ' = 1'))
    tryCompile(Buffer.from('return ' + 'x, '.repeat(300) + 'x'))
    tryCompile(Buffer.from('x = {' + 'f(), '.repeat(70000) + '}'))
    expect(true).toBe(true)
  })
})
