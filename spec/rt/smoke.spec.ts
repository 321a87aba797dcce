import { describe, it, expect } from 'vitest'
import {
  heapNew, tabNew, tabSetStr, tabGetStr, tabSetNum, tabGetNum, tabLen, strFromJS, gcCollect,
} from '../../src/rt/heap'
import { putNum, get } from './util'

describe('heap smoke', () => {
  it('creates a heap and stores fields', () => {
    const H = heapNew()
    const t = tabNew(H, 0, 0)
    for (let i = 1; i <= 100; i++) putNum(H, tabSetNum(H, t, i), i * 2)
    const x = strFromJS(H, 'x')
    putNum(H, tabSetStr(H, t, x), 42)
    expect(get(H, tabGetStr(H, t, x))).toBe(42)
    expect(get(H, tabGetNum(H, t, 50))).toBe(100)
    expect(tabLen(H, t)).toBe(100)
    gcCollect(H)
  })
})
