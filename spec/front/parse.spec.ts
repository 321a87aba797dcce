// The parser: every corpus program compiles, and its listing matches the
// one `luajit -bl` printed for it (recorded by record-listings.mjs),
// opcode for opcode and operand for operand, including constants.
//
// Known, intentional differences from LuaJIT (none of them is in the
// corpus, each is checked below instead):
//   - `goto` is a name (Lua 5.1), not a statement; no labels.
//   - "[[" inside a level-0 long string or comment is an error, as in
//     lua5.1 (LuaJIT accepts it).
//   - numerals follow lua5.1 (strtod): no 64-bit/imaginary suffixes, no
//     '.' or exponent sign inside hex numerals.
import { describe, it, expect } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { compile } from '../../src/front/parse'
import { bcList } from '../../src/front/bclist'
import { LuaCompileError } from '../../src/front/error'
import { BC, bcOp, bcA, bcD, bcB, bcC } from '../../soa/bc'
import { PROTO_VARARG, PROTO_CHILD, PROTO_UV_LOCAL, PROTO_UV_IMMUTABLE } from '../../soa/proto'
import type { ProtoOut } from '../../soa/proto'

const corpusDir = join(__dirname, 'corpus')
const listDir = join(__dirname, 'listings')
const files = readdirSync(corpusDir).filter((f) => f.endsWith('.lua')).sort()

/** Compile Lua text [s] as a string chunk. */
function c(s: string): ProtoOut {
  return compile(Buffer.from(s, 'latin1'), s)
}

/** Opcode names of [p]'s body (without the header). */
function ops(p: ProtoOut): string[] {
  const out: string[] = []
  for (let pc = 1; pc < p.bc.length; pc++) out.push(BC[bcOp(p.bc[pc])])
  return out
}

describe('corpus matches luajit -bl', () => {
  let nfun = 0
  for (const f of files) {
    it(f, () => {
      const src = readFileSync(join(corpusDir, f))
      const p = compile(src, '@' + f, { skipShebang: true, luajitVararg: true })
      const want = readFileSync(join(listDir, f.replace(/\.lua$/, '.txt'))).toString('latin1')
      expect(bcList(p)).toBe(want)
      nfun += want.split('-- BYTECODE --').length - 1
    })
  }
  it('covers at least 25 functions', () => {
    expect(nfun).toBeGreaterThanOrEqual(25)
  })
})

describe('prototype fields', () => {
  it('main chunk: FUNCV header, vararg, firstline 0', () => {
    const p = c('local a = 1\nreturn a')
    expect(bcOp(p.bc[0])).toBe(BC.FUNCV)
    expect(bcA(p.bc[0])).toBe(p.framesize)
    expect(p.flags & PROTO_VARARG).toBe(PROTO_VARARG)
    expect(p.firstline).toBe(0)
    expect(p.numline).toBe(2)
    expect(p.numparams).toBe(0)
    expect(p.chunkname).toBe('local a = 1\nreturn a')
    expect(p.lineinfo.length).toBe(p.bc.length)
    expect(Array.from(p.lineinfo.slice(1))).toEqual([1, 2])
  })
  it('child: FUNCF, params, lines, PROTO_CHILD on the parent', () => {
    const p = c('\nlocal function f(a, b)\n  return a\nend')
    expect(p.flags & PROTO_CHILD).toBe(PROTO_CHILD)
    const k = p.kgc[0]
    if (k.k !== 'proto') throw new Error('expected proto')
    const f = k.p
    expect(bcOp(f.bc[0])).toBe(BC.FUNCF)
    expect(f.numparams).toBe(2)
    expect(f.firstline).toBe(2)
    expect(f.numline).toBe(2)
    expect(f.flags & PROTO_VARARG).toBe(0)
    expect(ops(f)).toEqual(['RET1'])
    expect(f.varinfo.names).toEqual(['a', 'b'])
  })
  it('varinfo: locals in declaration order with pc ranges', () => {
    const p = c('local a = 1\ndo local b = 2; x = b end\nfor i = 1, 2 do end\nlocal cc')
    expect(p.varinfo.names).toEqual(['a', 'b', '(for index)',
      '(for limit)', '(for step)', 'i', 'cc'])
    expect(p.varinfo.pcs.length).toBe(2 * 7)
    expect(p.varinfo.pcs[0]).toBe(2) // a: startpc
    expect(p.varinfo.pcs[1]).toBe(p.bc.length) // a: endpc
    expect(p.varinfo.pcs[3]).toBeGreaterThan(p.varinfo.pcs[2]) // b
  })
  it('upvalue descriptors: local slot, immutability, parent upvalue', () => {
    const p = c('local a, b = 1, 2\nb = 3\nlocal function f()\n' +
      '  return function() return a + b end\nend')
    const k = p.kgc[0]
    if (k.k !== 'proto') throw new Error('expected proto')
    const f = k.p
    expect(f.uvnames).toEqual(['a', 'b'])
    expect(f.uvdesc[0]).toBe(0 | PROTO_UV_LOCAL | PROTO_UV_IMMUTABLE)
    expect(f.uvdesc[1]).toBe(1 | PROTO_UV_LOCAL)
    const k2 = f.kgc[0]
    if (k2.k !== 'proto') throw new Error('expected proto')
    expect(Array.from(k2.p.uvdesc)).toEqual([0, 1]) // parent's upvalues
  })
  it('kgc: strings as bytes, indexed directly by operands', () => {
    const p = c('x = "a\\0b\\255"')
    const gset = p.bc[2]
    expect(bcOp(gset)).toBe(BC.GSET)
    const k = p.kgc[bcD(gset)]
    expect(k).toEqual({ k: 'str', s: new Uint8Array([120]) })
    const ks = p.kgc[bcD(p.bc[1])]
    expect(ks).toEqual({ k: 'str', s: new Uint8Array([97, 0, 98, 255]) })
  })
  it('TDUP template: array part from key 0, hash part, no placeholders', () => {
    const p = c('local t = {1, 2, x = "s", [true] = false, y = f(), z = nil, [1.5] = 3}')
    expect(BC[bcOp(p.bc[1])]).toBe('TDUP')
    const k = p.kgc[bcD(p.bc[1])]
    if (k.k !== 'tab') throw new Error('expected tab')
    expect(k.arr).toEqual([null, 1, 2])
    expect(k.hash).toEqual([new Uint8Array([120]), new Uint8Array([115]),
      true, false, 1.5, 3])
  })
  it('TSETM: number constant biased by 2^52', () => {
    const p = c('local t = {1, 2, f()}')
    const pc = ops(p).indexOf('TSETM') + 1
    expect(p.knum[bcD(p.bc[pc])] - 2 ** 52).toBe(3)
  })
  it('GC64 call frames: args from base+2, method via MOV + TGETS', () => {
    const p = c('local o\no:m(1)')
    expect(ops(p)).toEqual(['KPRI', 'MOV', 'TGETS', 'KSHORT', 'CALL', 'RET0'])
    expect(bcA(p.bc[2])).toBe(3)
    const call = p.bc[5]
    expect([bcA(call), bcB(call), bcC(call)]).toEqual([1, 1, 3])
  })
  it('constant folding avoids NaN and -0', () => {
    expect(ops(c('local x = 1 + 2 * 3'))).toEqual(['KSHORT', 'RET0'])
    expect(ops(c('local x = 0 / 0'))).toEqual(['KSHORT', 'DIVVN', 'RET0'])
    expect(ops(c('local x = 0 * -1'))).toEqual(['KSHORT', 'MULVN', 'RET0'])
    expect(ops(c('local x = -0'))).toEqual(['KSHORT', 'UNM', 'RET0'])
    const p = c('local x = 2^0.5')
    expect(p.knum[bcD(p.bc[1])]).toBe(Math.SQRT2)
  })
  it('pairs/next prediction: ISNEXT + ITERN', () => {
    expect(ops(c('for k, v in pairs(t) do end'))).toEqual(
      ['GGET', 'GGET', 'CALL', 'ISNEXT', 'ITERN', 'ITERL', 'RET0'])
    expect(ops(c('for k, v in foo(t) do end'))).toEqual(
      ['GGET', 'GGET', 'CALL', 'JMP', 'ITERC', 'ITERL', 'RET0'])
  })
  it('documented differences from LuaJIT', () => {
    expect(ops(c('goto = 1'))).toEqual(['KSHORT', 'GSET', 'RET0'])
    expect(() => c('goto x')).toThrow(LuaCompileError)
    expect(() => c('x = [[ [[ ]]')).toThrow(/nesting of \[\[\.\.\.\]\] is deprecated/)
    expect(() => c('x = 1LL')).toThrow(/malformed number/)
    expect(() => c('x = 0x1.8p1')).toThrow(LuaCompileError)
  })
})
