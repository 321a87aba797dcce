// The heap verifier itself: it must notice a wrong byte count and overlaps.
import { describe, it, expect } from 'vitest'
import { heapNew, tabNew, tabSetInt, arenaFree } from '../../src/rt/heap'
import { heapVerify } from '../../src/rt/verify'

describe('heapVerify', () => {
  it('accepts a fresh heap and a used one', () => {
    const H = heapNew()
    expect(heapVerify(H)).toEqual([])
    const t = tabNew(H, 0, 0)
    for (let i = 1; i <= 100; i++) H.vF[tabSetInt(H, t, i)] = i
    expect(heapVerify(H)).toEqual([])
  })
  it('reports a wrong gcBytes and a block both free and live', () => {
    const H = heapNew()
    H.gcBytes += 8
    expect(heapVerify(H).length).toBe(1)
    H.gcBytes -= 8
    const t = tabNew(H, 4, 0)
    arenaFree(H, H.tabArr[t], 4) // double ownership: live array on a free list
    expect(heapVerify(H).some((e) => e.includes('claimed twice'))).toBe(true)
  })
})
