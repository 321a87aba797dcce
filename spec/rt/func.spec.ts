// Closures, upvalues, threads and protos: creation, open/closed upvalues,
// stack growth rebasing, proto loading into the global bytecode array.
import { describe, it, expect } from 'vitest'
import {
  heapNew, fnNewLua, fnNewHost, hostFnRegister, uvFind, uvClose, uvIsOpen, thNew, thGrow,
  protoLoad, tabGetStr, tabGetInt, tabGetNum, strFromJS, strToJS, udNew, hostObjAdd,
} from '../../src/rt/heap'
import { heapVerify } from '../../src/rt/verify'
import { PROTO_UV_LOCAL } from '../../soa/proto'
import { TAG_STR, TAG_PROTO, TAG_TAB } from '../../soa/value'
import { putNum, get, mkProto, track, heaps } from './util'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
describe('protos', () => {
  it('protoLoad appends bytecode, lines, constants and children', () => {
    const H = track(heapNew())
    const child = mkProto([{ k: 'str', s: enc('inner') }], [PROTO_UV_LOCAL | 0, 1, 2])
    const p = protoLoad(H, mkProto([
      { k: 'str', s: enc('hello') },
      { k: 'proto', p: child },
      { k: 'tab', arr: [null, 1, enc('two'), true], hash: [enc('x'), 5, 2.5, false, true, enc('t')] },
    ], [], 6))
    const b = H.ptBc[p]
    expect(H.ptSizeBc[p]).toBe(6)
    for (let i = 0; i < 6; i++) {
      expect(H.bc[b + i]).toBe(0x1000 + i)
      expect(H.bcLine[b + i]).toBe(10 + i)
      expect(H.bcProto[b + i]).toBe(p)
    }
    expect(H.ptNumParams[p]).toBe(2)
    expect(H.ptFrameSize[p]).toBe(5)
    expect(H.ptFirstLine[p]).toBe(3)
    expect(H.ptNumLine[p]).toBe(4)
    expect(H.ptDebug[p].chunkname).toBe('@test.lua')
    const kn = H.ptKnum[p]
    expect(H.vF[kn]).toBe(1.5)
    expect(Object.is(H.vF[kn + 1], -0)).toBe(true)
    expect(H.vU[2 * (kn + 2) + 1]).toBe(0x7ff80000) // canonical NaN
    const kg = H.ptKgc[p]
    expect(H.vU[2 * kg + 1]).toBe(TAG_STR)
    expect(strToJS(H, H.vU[2 * kg])).toBe('hello')
    expect(H.vU[2 * (kg + 1) + 1]).toBe(TAG_PROTO)
    const c = H.vU[2 * (kg + 1)]
    expect(H.ptNuv[c]).toBe(3)
    expect(H.uvDesc[H.ptUvDesc[c]]).toBe(PROTO_UV_LOCAL | 0)
    expect(H.uvDesc[H.ptUvDesc[c] + 2]).toBe(2)
    expect(H.vU[2 * (kg + 2) + 1]).toBe(TAG_TAB)
    const t = H.vU[2 * (kg + 2)]
    expect(get(H, tabGetInt(H, t, 1))).toBe(1)
    expect(get(H, tabGetInt(H, t, 2))).toBe('two')
    expect(get(H, tabGetInt(H, t, 3))).toBe(true)
    expect(get(H, tabGetStr(H, t, strFromJS(H, 'x')))).toBe(5)
    expect(get(H, tabGetNum(H, t, 2.5))).toBe(false)
    expect(H.bcProto[H.ptBc[c]]).toBe(c)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
})

describe('closures and upvalues', () => {
  it('Lua closures have nuv zeroed upvalue ids; host closures nil values', () => {
    const H = track(heapNew())
    const p = protoLoad(H, mkProto([], [PROTO_UV_LOCAL | 0, PROTO_UV_LOCAL | 1, 0]))
    const f = fnNewLua(H, p, H.globals)
    expect(H.fnProto[f]).toBe(p)
    expect(H.fnNuv[f]).toBe(3)
    expect(H.fnEnv[f]).toBe(H.globals)
    for (let i = 0; i < 3; i++) expect(H.fnUvIds[H.fnUv[f] + i]).toBe(0)
    const hi = hostFnRegister(H, () => 0, 'print')
    expect(H.hostNames[hi]).toBe('print')
    const g = fnNewHost(H, hi, 2, H.globals)
    expect(H.fnProto[g]).toBe(0)
    expect(H.fnHost[g]).toBe(hi)
    expect(get(H, H.fnUpv[g])).toBe(null)
    expect(get(H, H.fnUpv[g] + 1)).toBe(null)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('uvFind shares one upvalue per slot; uvClose copies values out', () => {
    const H = track(heapNew())
    const th = thNew(H, 32)
    const st = H.thStack[th]
    const u5 = uvFind(H, th, st + 5)
    const u2 = uvFind(H, th, st + 2)
    const u9 = uvFind(H, th, st + 9)
    expect(uvFind(H, th, st + 5)).toBe(u5)
    expect(uvFind(H, th, st + 2)).toBe(u2)
    // list sorted by slot, highest first
    expect(H.thOpenUv[th]).toBe(u9)
    expect(H.uvNext[u9]).toBe(u5)
    expect(H.uvNext[u5]).toBe(u2)
    putNum(H, st + 5, 55)
    expect(get(H, H.uvSlot[u5])).toBe(55)
    putNum(H, H.uvSlot[u5], 56) // USET through the upvalue writes the stack
    expect(get(H, st + 5)).toBe(56)
    putNum(H, st + 9, 99)
    uvClose(H, th, st + 5)
    expect(uvIsOpen(H, u9)).toBe(false)
    expect(uvIsOpen(H, u5)).toBe(false)
    expect(uvIsOpen(H, u2)).toBe(true)
    expect(H.thOpenUv[th]).toBe(u2)
    putNum(H, st + 5, 0)
    expect(get(H, H.uvSlot[u5])).toBe(56)
    expect(get(H, H.uvSlot[u9])).toBe(99)
    expect(uvFind(H, th, st + 5)).not.toBe(u5) // a new open upvalue
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('thGrow moves the stack and rebases open upvalues', () => {
    const H = track(heapNew())
    const th = thNew(H, 16)
    const st = H.thStack[th]
    for (let i = 0; i < 16; i++) putNum(H, st + i, i)
    H.thTop[th] = st + 10
    H.thBase[th] = st + 4
    const u = uvFind(H, th, st + 7)
    const d = thGrow(H, th, 100)
    expect(H.thSize[th]).toBeGreaterThanOrEqual(100)
    const ns = H.thStack[th]
    expect(ns - st).toBe(d)
    expect(H.thTop[th]).toBe(ns + 10)
    expect(H.thBase[th]).toBe(ns + 4)
    for (let i = 0; i < 16; i++) expect(get(H, ns + i)).toBe(i)
    expect(get(H, ns + 50)).toBe(null)
    expect(H.uvSlot[u]).toBe(ns + 7)
    expect(get(H, H.uvSlot[u])).toBe(7)
    expect(thGrow(H, th, 50)).toBe(0)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('userdata with and without host objects', () => {
    const H = track(heapNew())
    const obj = { a: 1 }
    const h = hostObjAdd(H, obj)
    const u = udNew(H, h, 0)
    expect(H.hostObjs[H.udHost[u]]).toBe(obj)
    const v = udNew(H, 0, 0)
    expect(H.udHost[v]).toBe(0)
    expect(H.udEnv[v]).toBe(H.globals)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
})
