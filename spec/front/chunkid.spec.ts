// chunkId formats chunk names as lua5.1's luaO_chunkid (LUA_IDSIZE 60 for runtime
// messages, MAXSRC 80 for syntax errors).
import { describe, it, expect } from 'vitest'
import { chunkId, LUA_IDSIZE, MAXSRC } from '../../src/front/chunkid'

describe('chunkId', () => {
  it('=name is shown as is, cut to LUA_IDSIZE-1', () => {
    expect(chunkId('=stdin')).toBe('stdin')
    expect(chunkId('=' + 'n'.repeat(100))).toBe('n'.repeat(LUA_IDSIZE - 1))
  })
  it('@file keeps the tail of long names', () => {
    expect(chunkId('@file.lua')).toBe('file.lua')
    const long = 'd/'.repeat(50) + 'file.lua'
    const id = chunkId('@' + long)
    expect(id.startsWith('...')).toBe(true)
    expect(id.length).toBe(3 + LUA_IDSIZE - 8)
    expect(long.endsWith(id.slice(3))).toBe(true)
  })
  it('source strings show their first line', () => {
    expect(chunkId('x = 1')).toBe('[string "x = 1"]')
    expect(chunkId('x = 1\ny = 2')).toBe('[string "x = 1..."]')
    expect(chunkId('x = 1\ry = 2')).toBe('[string "x = 1..."]')
    expect(chunkId('c'.repeat(43))).toBe('[string "' + 'c'.repeat(43) + '"]')
    expect(chunkId('c'.repeat(44))).toBe('[string "' + 'c'.repeat(43) + '..."]')
    expect(chunkId('c'.repeat(63), MAXSRC)).toBe('[string "' + 'c'.repeat(63) + '"]')
    expect(chunkId('c'.repeat(64), MAXSRC)).toBe('[string "' + 'c'.repeat(63) + '..."]')
    expect(chunkId('=' + 'n'.repeat(100), MAXSRC)).toBe('n'.repeat(MAXSRC - 1))
    expect(chunkId('')).toBe('[string ""]')
  })
  it('stops at an embedded NUL like a C string', () => {
    expect(chunkId('ab\0cd')).toBe('[string "ab"]')
    expect(chunkId('=ab\0cd')).toBe('ab')
  })
})
