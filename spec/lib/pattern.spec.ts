// pattern: find/match/gmatch/gsub built on src/lib/pattern.ts vs lua5.1 fixtures.
import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  msNew, patInit, patScan, patMatch, patNumCaptures, patGetCapture, patAddRepl, patNoSpecials,
  lmemfind, bufNew, bufPut, bufPutRange, PatternError, MatchState,
} from '../../src/lib/pattern'

type Case = [string, string, string, (string | number | boolean)[], string]
const fx = JSON.parse(readFileSync(join(__dirname, 'fixtures/pattern.json'), 'utf8')) as Case[]

type Val = string | number | null
const ms = msNew()

/** Bytes of a latin1 string. */
function bytes(s: string): Uint8Array {
  return Uint8Array.from(Buffer.from(s, 'latin1'))
}
/** Latin1 string of bytes [b][off, off+len). */
function str(b: Uint8Array, off: number, len: number): string {
  return Buffer.from(b.subarray(off, off + len)).toString('latin1')
}
/** Serialise like the Lua side (S): trailing nils dropped (table.maxn). */
function ser(vals: Val[]): string {
  let n = vals.length
  while (n > 0 && vals[n - 1] === null) n--
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    const v = vals[i]
    if (typeof v === 'string') out.push('s' + Buffer.from(v, 'latin1').toString('hex'))
    else if (typeof v === 'number') out.push('n' + String(v))
    else out.push('z')
  }
  return out.join(',')
}
/** Push captures of the match [s, e) like 5.1 push_captures. */
function captures(m: MatchState, s: number, e: number, whole: boolean, out: Val[]): void {
  const n = patNumCaptures(m, whole)
  for (let i = 0; i < n; i++) {
    const pos = patGetCapture(m, i, s, e)
    out.push(pos < 0 ? str(m.src, m.capOff, m.capOutLen) : pos)
  }
}
/** 5.1 str_find_aux. */
function findAux(sb: Uint8Array, pb: Uint8Array, args: (string | number | boolean)[], find: boolean): Val[] {
  const l1 = sb.length
  let init = args.length > 0 ? (args[0] as number) : 1
  if (init < 0) init += l1 + 1
  if (init < 0) init = 0
  init -= 1
  if (init < 0) init = 0
  else if (init > l1) init = l1
  if (find && (args[1] === true || patNoSpecials(pb, 0, pb.length))) {
    const i = lmemfind(sb, init, l1 - init, pb, 0, pb.length)
    return i >= 0 ? [i + 1, i + pb.length] : [null]
  }
  patInit(ms, sb, 0, l1, pb, 0, pb.length)
  const st = patScan(ms, init)
  if (st < 0) return [null]
  const out: Val[] = []
  if (find) { out.push(st + 1, ms.matchEnd); captures(ms, 0, 0, false, out) }
  else captures(ms, st, ms.matchEnd, true, out)
  return out
}
/** 5.1 gmatch, all iterations serialised and joined by '|'. */
function gmatch(sb: Uint8Array, pb: Uint8Array): string {
  patInit(ms, sb, 0, sb.length, pb, 0, pb.length)
  const res: string[] = []
  let src = 0
  for (let k = 0; k < 1000; k++) {
    let found = false
    for (; src <= sb.length; src++) {
      ms.level = 0
      const e = patMatch(ms, src, 0)
      if (e >= 0) {
        const out: Val[] = []
        captures(ms, src, e, true, out)
        res.push(ser(out))
        src = e === src ? e + 1 : e
        found = true
        break
      }
    }
    if (!found) break
  }
  return res.join('|')
}
/** 5.1 gsub with a string replacement. */
function gsub(sb: Uint8Array, pb: Uint8Array, args: (string | number | boolean)[]): Val[] {
  const rb = bytes(args[0] as string)
  const maxS = args.length > 1 ? (args[1] as number) : sb.length + 1
  patInit(ms, sb, 0, sb.length, pb, 0, pb.length)
  let p = 0
  const anchor = pb.length > 0 && pb[0] === 94
  if (anchor) p = 1
  const B = bufNew(16)
  let src = 0, n = 0
  while (n < maxS) {
    ms.level = 0
    const e = patMatch(ms, src, p)
    if (e >= 0) { n++; patAddRepl(ms, B, rb, 0, rb.length, src, e) }
    if (e >= 0 && e > src) src = e
    else if (src < sb.length) bufPut(B, sb[src++])
    else break
    if (anchor) break
  }
  bufPutRange(B, sb, src, sb.length - src)
  return [str(B.b, 0, B.n), n]
}
/** Run one fixture case; errors serialise as E<message>. */
function run(c: Case): string {
  const [f, s, p, args] = c
  const sb = bytes(s), pb = bytes(p)
  try {
    if (f === 'find') return ser(findAux(sb, pb, args, true))
    if (f === 'match') return ser(findAux(sb, pb, args, false))
    if (f === 'gmatch') return ser([gmatch(sb, pb)])
    return ser(gsub(sb, pb, args))
  } catch (e) {
    if (e instanceof PatternError) return 'E' + e.message
    throw e
  }
}

describe('pattern', () => {
  it(`matches lua5.1 on ${fx.length} recorded find/match/gmatch/gsub cases`, () => {
    expect(fx.length).toBeGreaterThan(300)
    const bad: string[] = []
    for (const c of fx) {
      const got = run(c)
      if (got !== c[4]) bad.push(`${c[0]}(${JSON.stringify(c[1])}, ${JSON.stringify(c[2])}, ${JSON.stringify(c[3])}): got ${got} want ${c[4]}`)
    }
    expect(bad).toEqual([])
  })
  it('survives deep patterns without JS recursion', () => {
    // 5.1 recurses once per quantifier: 100k nested choice points.
    const p = bytes('(a?)'.repeat(30) + 'a?'.repeat(100000) + 'b')
    const s = bytes('a'.repeat(100000) + 'b')
    patInit(ms, s, 0, s.length, p, 0, p.length)
    expect(patScan(ms, 0)).toBe(0)
    expect(ms.matchEnd).toBe(100001)
    expect(ms.level).toBe(30)
  })
  it('calls onBudget and lets it abort a runaway match', () => {
    const m = msNew()
    let calls = 0
    m.onBudget = (x) => { calls++; if (calls > 3) throw new Error('limit'); x.budget = 1000 }
    m.budget = 1000
    const s = bytes('a'.repeat(30) + 'b')
    patInit(m, s, 0, s.length, bytes('a-a-a-a-a-a-a-c'), 0, 15)
    expect(() => patScan(m, 0)).toThrow('limit')
    expect(calls).toBe(4)
  })
  it('handles subjects and patterns at offsets', () => {
    const s = bytes('xxhello worldxx'), p = bytes('##(o)(r?)##')
    patInit(ms, s, 2, 11, p, 2, 7)
    expect(patScan(ms, 2)).toBe(6)
    expect(patGetCapture(ms, 0, 6, ms.matchEnd)).toBe(-1)
    expect(ms.capOff).toBe(6)
    expect(lmemfind(s, 2, 11, p, 3, 1)).toBe(6)
  })
})
