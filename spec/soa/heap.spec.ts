// soa/heap: size classes are the smallest fitting block; ORDER MM.
import { describe, it, expect } from 'vitest'
import { arenaClass, arenaClassSize, ARENA_NCLASS, MM, MM_NAMES, MM_FAST } from '../../soa/heap'

describe('arena size classes', () => {
  it('class of n is the smallest class holding n units', () => {
    for (let n = 1; n <= 20000; n++) {
      const c = arenaClass(n)
      expect(arenaClassSize(c)).toBeGreaterThanOrEqual(n)
      if (c > 0) expect(arenaClassSize(c - 1)).toBeLessThan(n)
    }
    expect(arenaClass(2 ** 31)).toBeLessThan(ARENA_NCLASS)
    expect(arenaClassSize(arenaClass(3 << 20))).toBe(3 << 20)
  })
  it('sizes: 1 2 3 4 6 8 12 16 24 ...', () => {
    const s: number[] = []
    for (let c = 0; c < 9; c++) s.push(arenaClassSize(c))
    expect(s).toEqual([1, 2, 3, 4, 6, 8, 12, 16, 24])
  })
})

describe('ORDER MM', () => {
  it('names match the enum; fast metamethods come first', () => {
    expect(MM_NAMES.length).toBe(MM._MAX)
    for (let mm = 0; mm < MM._MAX; mm++) expect(MM_NAMES[mm]).toBe('__' + MM[mm])
    expect(MM_FAST).toBe(MM.len)
    expect(MM.eq).toBeLessThan(MM_FAST)
  })
})
