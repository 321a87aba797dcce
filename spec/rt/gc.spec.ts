// Collector: reachability, weak tables, finalizers, reuse of ids and arena
// space, return to baseline, pacing; every case also runs in stress mode.
import { describe, it, expect } from 'vitest'
import {
  heapNew, tabNew, tabSetStr, tabGetStr, tabSetInt, tabGetInt, tabSetKey, tabGetKey, tabLen,
  strFromJS, strToJS, fnNewLua, fnNewHost, hostFnRegister, uvFind, uvClose, thNew, protoLoad,
  udNew, hostObjAdd, gcCollect, gcCheck, gcStep, gcCount, gcPin, gcUnpin, gcTodoPop,
  gcMarkValue, gcSetPause, tabNext,
} from '../../src/rt/heap'
import { heapVerify } from '../../src/rt/verify'
import type { Heap } from '../../src/rt/heap'
import { MM } from '../../soa/heap'
import { TAG_TAB, TAG_FUNC, TAG_UDATA, TAG_THREAD, TAG_STR, TAG_NIL } from '../../soa/value'
import { putNum, putObj, putNil, putStr, get, mkProto, track, heaps } from './util'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)

/** globals[name] = object ([tag], [id]). */
function setG(H: Heap, name: string, tag: number, id: number): void {
  putObj(H, tabSetStr(H, H.globals, strFromJS(H, name)), tag, id)
}

/** globals[name] = nil. */
function clearG(H: Heap, name: string): void {
  putNil(H, tabSetStr(H, H.globals, strFromJS(H, name)))
}

/** A table with metatable { __mode = mode }. */
function weakTab(H: Heap, mode: string): number {
  const t = tabNew(H, 0, 0)
  const mt = tabNew(H, 0, 1)
  putStr(H, tabSetStr(H, mt, H.mmName[MM.mode]), mode)
  H.tabMeta[t] = mt
  return t
}

for (const stress of [false, true]) {
  describe(`gc (${stress ? 'stress' : 'normal'} mode)`, () => {
    it('reachable objects survive with contents intact', () => {
      const H = track(heapNew({ gcStress: stress }))
      const root = tabNew(H, 0, 0)
      setG(H, 'root', TAG_TAB, root)
      gcCheck(H)
      for (let i = 1; i <= 200; i++) {
        const t = tabNew(H, 0, 0)
        putObj(H, tabSetInt(H, root, i), TAG_TAB, t)
        putStr(H, tabSetStr(H, t, strFromJS(H, 'name')), 'item' + i)
        putNum(H, tabSetInt(H, t, 1), i)
        if (i % 10 === 0) gcCheck(H)
      }
      const p = protoLoad(H, mkProto([{ k: 'str', s: enc('kstr') }], [0]))
      const f = fnNewLua(H, p, H.globals)
      setG(H, 'f', TAG_FUNC, f)
      const th = thNew(H, 8)
      putNum(H, H.thStack[th], 5)
      H.thTop[th] = H.thStack[th] + 1
      const u = uvFind(H, th, H.thStack[th])
      H.fnUvIds[H.fnUv[f]] = u
      uvClose(H, th, H.thStack[th])
      const ud = udNew(H, hostObjAdd(H, 'host'), 0)
      setG(H, 'ud', TAG_UDATA, ud)
      for (let c = 0; c < 3; c++) gcCollect(H)
      expect(tabLen(H, root)).toBe(200)
      for (let i = 1; i <= 200; i += 17) {
        const t = H.vU[2 * tabGetInt(H, root, i)]
        expect(get(H, tabGetStr(H, t, strFromJS(H, 'name')))).toBe('item' + i)
      }
      expect(H.fnFlag[f] & 1).toBe(1)
      expect(H.ptFlag[p] & 1).toBe(1)
      expect(strToJS(H, H.vU[2 * H.ptKgc[p]])).toBe('kstr')
      expect(get(H, H.uvSlot[u])).toBe(5)
      expect(H.thFlag[th]).toBe(0) // thread itself unreachable: collected
      expect(H.hostObjs[H.udHost[ud]]).toBe('host')
      for (const h of heaps) expect(heapVerify(h)).toEqual([])
      heaps.length = 0
    })

    it('unreachable objects are freed; ids and arena space reused; back to baseline', () => {
      const H = track(heapNew({ gcStress: stress }))
      setG(H, 'big', TAG_TAB, tabNew(H, 0, 0)) // the key 'big' stays in globals
      clearG(H, 'big')
      gcCollect(H)
      const base = H.gcBytes
      const build = (): void => {
        const root = tabNew(H, 0, 0)
        setG(H, 'big', TAG_TAB, root)
        for (let i = 1; i <= 3000; i++) {
          const t = tabNew(H, 0, 0)
          putObj(H, tabSetInt(H, root, i), TAG_TAB, t)
          putStr(H, tabSetStr(H, t, strFromJS(H, 'k')), 'v' + i)
          putNum(H, tabSetNum2(H, t), i)
          if (i % 1000 === 0) gcCheck(H)
        }
      }
      build()
      expect(H.gcBytes).toBeGreaterThan(base + 100000)
      clearG(H, 'big')
      gcCollect(H)
      expect(H.gcBytes).toBe(base)
      const tabTop = H.tabTop, vTop = H.vTop, strTop = H.strTop
      build()
      expect(H.tabTop).toBe(tabTop)
      expect(H.vTop).toBe(vTop)
      expect(H.strTop).toBe(strTop)
      clearG(H, 'big')
      gcCollect(H)
      expect(H.gcBytes).toBe(base)
      expect(gcCount(H)).toBe(base / 1024)
      for (const h of heaps) expect(heapVerify(h)).toEqual([])
      heaps.length = 0
    })

    it('weak values: objects only reachable from the table go, strings and numbers stay', () => {
      const H = track(heapNew({ gcStress: stress }))
      const w = weakTab(H, 'v')
      setG(H, 'w', TAG_TAB, w)
      const kept = tabNew(H, 0, 0)
      setG(H, 'kept', TAG_TAB, kept)
      putObj(H, tabSetInt(H, w, 1), TAG_TAB, tabNew(H, 0, 0))
      putObj(H, tabSetInt(H, w, 2), TAG_TAB, kept)
      putStr(H, tabSetInt(H, w, 3), 'a string')
      putNum(H, tabSetInt(H, w, 4), 4)
      putObj(H, tabSetStr(H, w, strFromJS(H, 'f')), TAG_TAB, tabNew(H, 0, 0))
      putObj(H, tabSetStr(H, w, strFromJS(H, 'g')), TAG_TAB, kept)
      const hk = H.tmpSlot
      putNum(H, hk, 0.5)
      putObj(H, tabSetKey(H, w, hk), TAG_TAB, tabNew(H, 0, 0))
      gcCollect(H)
      expect(get(H, tabGetInt(H, w, 1))).toBe(null)
      expect(H.vU[2 * tabGetInt(H, w, 2)]).toBe(kept)
      expect(get(H, tabGetInt(H, w, 3))).toBe('a string')
      expect(get(H, tabGetInt(H, w, 4))).toBe(4)
      expect(get(H, tabGetStr(H, w, strFromJS(H, 'f')))).toBe(null)
      expect(H.vU[2 * tabGetStr(H, w, strFromJS(H, 'g'))]).toBe(kept)
      putNum(H, hk, 0.5)
      expect(get(H, tabGetKey(H, w, hk))).toBe(null)
      for (const h of heaps) expect(heapVerify(h)).toEqual([])
      heaps.length = 0
    })

    it('weak keys: entries whose key object died go; values are strong', () => {
      const H = track(heapNew({ gcStress: stress }))
      const w = weakTab(H, 'k')
      setG(H, 'w', TAG_TAB, w)
      const kept = tabNew(H, 0, 0)
      setG(H, 'kept', TAG_TAB, kept)
      const ks = H.tmpSlot
      const dead = tabNew(H, 0, 0)
      putObj(H, ks, TAG_TAB, dead)
      const valOfDead = tabNew(H, 0, 0)
      putObj(H, tabSetKey(H, w, ks), TAG_TAB, valOfDead)
      putObj(H, ks, TAG_TAB, kept)
      const val = tabNew(H, 0, 0)
      putObj(H, tabSetKey(H, w, ks), TAG_TAB, val)
      putStr(H, ks, 'skey')
      putObj(H, tabSetKey(H, w, ks), TAG_TAB, tabNew(H, 0, 0))
      gcCollect(H)
      expect(H.tabFlag[dead]).toBe(0)
      expect(H.tabFlag[valOfDead] & 1).toBe(1) // 5.1: values of weak-key tables are strong
      putObj(H, ks, TAG_TAB, kept)
      expect(H.vU[2 * tabGetKey(H, w, ks)]).toBe(val)
      expect(H.tabFlag[val] & 1).toBe(1)
      putStr(H, ks, 'skey')
      expect(H.vU[2 * tabGetKey(H, w, ks) + 1]).toBe(TAG_TAB) // strings never weak
      // the dead key's id is reused by a new table: it must not match
      const fresh = tabNew(H, 0, 0)
      setG(H, 'fresh', TAG_TAB, fresh)
      putObj(H, ks, TAG_TAB, fresh)
      expect(get(H, tabGetKey(H, w, ks))).toBe(null)
      // traversal sees exactly the two live entries
      let n = 0
      putNil(H, ks)
      const o = tabNew(H, 2, 0)
      setG(H, 'o', TAG_TAB, o)
      while (tabNext(H, w, ks, H.tabArr[o]) === 1) {
        n++
        H.vU[2 * ks] = H.vU[2 * H.tabArr[o]]
        H.vU[2 * ks + 1] = H.vU[2 * H.tabArr[o] + 1]
      }
      expect(n).toBe(2)
      gcCollect(H) // the entry is gone, so its old value dies now
      expect(H.tabFlag[valOfDead]).toBe(0)
      for (const h of heaps) expect(heapVerify(h)).toEqual([])
      heaps.length = 0
    })

    it('weak kv tables drop entries when either side dies', () => {
      const H = track(heapNew({ gcStress: stress }))
      const w = weakTab(H, 'kv')
      setG(H, 'w', TAG_TAB, w)
      const a = tabNew(H, 0, 0)
      setG(H, 'a', TAG_TAB, a)
      const ks = H.tmpSlot
      putObj(H, ks, TAG_TAB, a)
      putObj(H, tabSetKey(H, w, ks), TAG_TAB, tabNew(H, 0, 0)) // live key, dead value
      putObj(H, ks, TAG_TAB, tabNew(H, 0, 0))
      putObj(H, tabSetKey(H, w, ks), TAG_TAB, a) // dead key, live value
      putObj(H, ks, TAG_TAB, a)
      gcCollect(H)
      expect(get(H, tabGetKey(H, w, ks))).toBe(null)
      let live = 0
      const mask = H.tabHmask[w]
      for (let i = 0; i <= mask; i++) if (H.vU[2 * (H.tabNode[w] + 3 * i) + 1] !== TAG_NIL) live++
      expect(live).toBe(0)
      for (const h of heaps) expect(heapVerify(h)).toEqual([])
      heaps.length = 0
    })

    it('userdata __gc: queued, resurrected once, freed on the next cycle', () => {
      const H = track(heapNew({ gcStress: stress }))
      const mt = tabNew(H, 0, 0)
      setG(H, 'mt', TAG_TAB, mt)
      const gcfn = fnNewHost(H, hostFnRegister(H, () => 0, 'gcfn'), 0, H.globals)
      putObj(H, tabSetStr(H, mt, H.mmName[MM.gc]), TAG_FUNC, gcfn)
      const inner = tabNew(H, 0, 0)
      const u = udNew(H, hostObjAdd(H, 'res'), mt)
      H.udEnv[u] = inner // only reachable through u
      const plain = udNew(H, 0, 0) // no __gc: freed at once
      const wv = weakTab(H, 'v')
      setG(H, 'wv', TAG_TAB, wv)
      putObj(H, tabSetInt(H, wv, 1), TAG_UDATA, u)
      gcCollect(H)
      expect(H.udFlag[plain]).toBe(0)
      expect(H.udFlag[u] & 1).toBe(1)
      expect(H.tabFlag[inner] & 1).toBe(1) // resurrected with what it reaches
      expect(get(H, tabGetInt(H, wv, 1))).toBe(null) // weak value cleared
      expect(H.gcTodoN).toBe(1)
      gcCollect(H) // still queued: still alive
      expect(H.udFlag[u] & 1).toBe(1)
      expect(gcTodoPop(H)).toBe(u)
      expect(gcTodoPop(H)).toBe(0)
      gcCollect(H) // finalized and unreachable: freed, not queued again
      expect(H.udFlag[u]).toBe(0)
      expect(H.tabFlag[inner]).toBe(0)
      expect(H.gcTodoN).toBe(0)
      for (const h of heaps) expect(heapVerify(h)).toEqual([])
      heaps.length = 0
    })

    it('threads: stacks marked up to top; dead threads close their upvalues', () => {
      const H = track(heapNew({ gcStress: stress }))
      const th = thNew(H, 16)
      setG(H, 'th', TAG_THREAD, th)
      const st = H.thStack[th]
      const t1 = tabNew(H, 0, 0), t2 = tabNew(H, 0, 0)
      putObj(H, st, TAG_TAB, t1)
      putObj(H, st + 5, TAG_TAB, t2) // above top: dead
      H.thTop[th] = st + 1
      gcCollect(H)
      expect(H.tabFlag[t1] & 1).toBe(1)
      expect(H.tabFlag[t2]).toBe(0)
      expect(get(H, st + 5)).toBe(null)
      // an open upvalue of a thread that dies is closed with its value
      const co = thNew(H, 8)
      const cs = H.thStack[co]
      const t3 = tabNew(H, 0, 0)
      putObj(H, cs + 2, TAG_TAB, t3)
      H.thTop[co] = cs + 3
      const p = protoLoad(H, mkProto([], [0x8002]))
      const f = fnNewLua(H, p, H.globals)
      setG(H, 'f', TAG_FUNC, f)
      const u = uvFind(H, co, cs + 2)
      H.fnUvIds[H.fnUv[f]] = u
      gcCollect(H)
      expect(H.thFlag[co]).toBe(0)
      expect(H.uvSlot[u]).toBe(H.uvOwn[u])
      expect(H.vU[2 * H.uvSlot[u]]).toBe(t3)
      expect(H.tabFlag[t3] & 1).toBe(1)
      // dead upvalues leave a live thread's open list
      const v = uvFind(H, th, st)
      expect(H.thOpenUv[th]).toBe(v)
      gcCollect(H)
      expect(H.thOpenUv[th]).toBe(0)
      for (const h of heaps) expect(heapVerify(h)).toEqual([])
      heaps.length = 0
    })

    it('pins, the mark hook and gcMarkValue keep objects alive', () => {
      const H = track(heapNew({ gcStress: stress }))
      const a = tabNew(H, 0, 0), b = tabNew(H, 0, 0)
      const s = strFromJS(H, 'pinned string')
      gcPin(H, TAG_TAB, a)
      gcPin(H, TAG_TAB, a)
      gcPin(H, TAG_STR, s)
      H.gcMarkHook = (h) => gcMarkValue(h, TAG_TAB, b)
      gcCollect(H)
      expect(H.tabFlag[a] & 1).toBe(1)
      expect(H.tabFlag[b] & 1).toBe(1)
      expect(strToJS(H, s)).toBe('pinned string')
      gcUnpin(H, TAG_TAB, a)
      gcCollect(H)
      expect(H.tabFlag[a] & 1).toBe(1)
      gcUnpin(H, TAG_TAB, a)
      H.gcMarkHook = null
      gcCollect(H)
      expect(H.tabFlag[a]).toBe(0)
      expect(H.tabFlag[b]).toBe(0)
      for (const h of heaps) expect(heapVerify(h)).toEqual([])
      heaps.length = 0
    })

    it('unreachable protos free their bytecode for reuse', () => {
      const H = track(heapNew({ gcStress: stress }))
      const p = protoLoad(H, mkProto([{ k: 'str', s: enc('x') }], [], 20))
      const bcTop = H.bcTop
      gcCollect(H)
      expect(H.ptFlag[p]).toBe(0)
      const q = protoLoad(H, mkProto([], [], 20))
      expect(H.bcTop).toBe(bcTop)
      expect(H.bcProto[H.ptBc[q]]).toBe(q)
      for (const h of heaps) expect(heapVerify(h)).toEqual([])
      heaps.length = 0
    })
  })
}

describe('gc pacing', () => {
  it('gcCheck collects only past the threshold; stress always', () => {
    const H = track(heapNew())
    const c0 = H.gcCycles
    gcCheck(H)
    expect(H.gcCycles).toBe(c0)
    gcSetPause(H, 100)
    for (let i = 0; i < 20000; i++) tabNew(H, 4, 0)
    gcCheck(H)
    expect(H.gcCycles).toBe(c0 + 1)
    expect(H.gcThreshold).toBeGreaterThanOrEqual(H.gcBytes)
    const S = track(heapNew({ gcStress: true }))
    gcCheck(S); gcCheck(S)
    expect(S.gcCycles).toBe(2)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
  it('gcStep finishes a cycle eventually; a big step at once', () => {
    const H = track(heapNew())
    let n = 0
    while (!gcStep(H, 0)) n++
    expect(n).toBeGreaterThan(0)
    expect(gcStep(H, 1 << 20)).toBe(true)
    for (const h of heaps) expect(heapVerify(h)).toEqual([])
    heaps.length = 0
  })
})

/** A second number key in the hash part (0.5), for variety. */
function tabSetNum2(H: Heap, t: number): number {
  const ks = H.tmpSlot
  putNum(H, ks, 0.5)
  return tabSetKey(H, t, ks)
}
