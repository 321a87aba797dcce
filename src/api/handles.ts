// Handles: JS objects standing for Lua tables, functions, threads and
// userdata of one engine.
//
// A handle pins its object (gcPin) so the Lua collector keeps it while JS
// holds the handle. Identity: E.handles maps the value key (tag, id) to a
// WeakRef of the one live handle, so converting the same table twice gives
// the same LuaTable (===) and a Lua table used as a JS Map key works. The
// pin is dropped by release() or, when JS forgets the handle, by the
// engine's FinalizationRegistry (core.ts). A released handle throws when
// used; converting the object again makes a new handle.
//
// Tables are not copied: get/set go to the live table and honour its
// metatable (__index / __newindex run through small Lua helpers, compiled
// on first use); rawget/rawset and the iteration helpers are raw. toJS()
// makes a deep JS copy on request.
import {
  TAG_NIL, TAG_TAB, TAG_FUNC, TAG_THREAD, TAG_UDATA, PAYLOAD_NONE,
} from '../../soa/value'
import { gcPin, gcUnpin } from '../rt/gc'
import { tabGetKey, tabSetKey, tabLen, tabNext, tabGetInt } from '../rt/tab'
import { loadBuffer } from '../vm/load'
import { stackCheck } from '../vm/call'
import { LUA_MINSTACK, CO_DEAD, CO_NORMAL, CO_RUNNING, CO_SUSPENDED } from '../vm/state'
import { coResumeCore } from '../lib/coroutine'
import type { EngineCore, HeldHandle } from './core'
import { LuaError, errorMark } from './errors'
import {
  jsToWords, slotToJS, wordsToJS, jsToSlot, tableToJS, type ToJSOptions,
} from './convert'
import {
  apiCallValue, apiEnter, apiLeave, errorFromLua, errorFromThrow,
} from './pcall'
import { asyncCall } from './async'

/** Base of every handle. */
export abstract class LuaHandle {
  /** @internal The engine core. */
  readonly E: EngineCore
  /** @internal The value's tag word. */
  readonly tag: number
  /** The object's id in its store (stable while the handle is alive). */
  readonly id: number
  /** Was release() called? */
  released: boolean

  constructor(E: EngineCore, tag: number, id: number) {
    this.E = E
    this.tag = tag
    this.id = id
    this.released = false
  }

  /** Drop this handle's hold on the Lua object (idempotent). */
  release(): void {
    if (this.released) return
    this.released = true
    const E = this.E
    if (E.closed) return
    E.fin.unregister(this)
    const key = handleKey(this.tag, this.id)
    const ref = E.handles.get(key)
    if (ref !== undefined && ref.deref() === this) E.handles.delete(key)
    gcUnpin(E.H, this.tag, this.id)
  }

  /** @internal Throw unless the handle and its engine are usable. */
  check(): EngineCore {
    if (this.released) throw new Error('Lua handle was released')
    if (this.E.closed) throw new Error('LuaEngine is closed')
    return this.E
  }
}

/** Cache key of value ([tag], [id]). */
function handleKey(tag: number, id: number): number {
  return (tag & 15) * 4294967296 + id
}

/** The handle of Lua object ([tag], [id]) (the same one while it lives). */
export function handleOf(E: EngineCore, tag: number, id: number): LuaHandle {
  const key = handleKey(tag, id)
  const ref = E.handles.get(key)
  if (ref !== undefined) {
    const h = ref.deref()
    if (h !== undefined && !(h as LuaHandle).released) return h as LuaHandle
  }
  let h: LuaHandle
  if (tag === TAG_TAB) h = new LuaTable(E, tag, id)
  else if (tag === TAG_FUNC) h = new LuaFunction(E, tag, id)
  else if (tag === TAG_THREAD) h = new LuaThread(E, tag, id)
  else h = new LuaUserdata(E, tag, id)
  gcPin(E.H, tag, id)
  const wr = new WeakRef<object>(h)
  E.handles.set(key, wr)
  const held: HeldHandle = { key, tag, id, ref: wr }
  E.fin.register(h, held, h)
  return h
}

// -- Helpers for metamethod-aware access -----------------------------------------

const GET_SRC = new TextEncoder().encode('local t, k = ... return t[k]')
const SET_SRC = new TextEncoder().encode('local t, k, v = ... t[k] = v')

/** The Lua helper closure for get ([set] false) or set. */
function helperFn(E: EngineCore, set: boolean): number {
  if (set && E.setFn !== 0) return E.setFn
  if (!set && E.getFn !== 0) return E.getFn
  const f = loadBuffer(E.L, set ? SET_SRC : GET_SRC, set ? '=(set)' : '=(get)')
  gcPin(E.H, TAG_FUNC, f)
  if (set) E.setFn = f
  else E.getFn = f
  return f
}

/** Lua indexing obj[key] (metamethods honoured). */
function indexGet(E: EngineCore, h: LuaHandle, key: unknown): unknown {
  const r = apiCallValue(E, TAG_FUNC, helperFn(E, false), [h, key], E.strings)
  return r[0]
}

/** Lua assignment obj[key] = value (metamethods honoured). */
function indexSet(E: EngineCore, h: LuaHandle, key: unknown, value: unknown): void {
  apiCallValue(E, TAG_FUNC, helperFn(E, true), [h, key, value], E.strings)
}

/** Slot of key [key] in table [t] (raw), or -1; the key is left in E.tmp+2. */
function rawSlot(E: EngineCore, t: number, key: unknown): number {
  const H = E.H
  const ks = E.tmp + 2
  jsToSlot(E, ks, key)
  return tabGetKey(H, t, ks)
}

// -- Tables ------------------------------------------------------------------------

/** A Lua table, by reference. */
export class LuaTable extends LuaHandle {
  /** t[key], honouring __index. */
  get(key: unknown): unknown {
    const E = this.check()
    const H = E.H
    const s = rawSlot(E, this.id, key)
    if (s >= 0 && H.vU[2 * s + 1] !== TAG_NIL) return slotToJS(E, s, E.strings)
    if (H.tabMeta[this.id] === 0) return undefined
    return indexGet(E, this, key)
  }

  /** t[key] = value, honouring __newindex. */
  set(key: unknown, value: unknown): void {
    const E = this.check()
    const H = E.H
    if (H.tabMeta[this.id] !== 0) {
      const s = rawSlot(E, this.id, key)
      if (s < 0 || H.vU[2 * s + 1] === TAG_NIL) { indexSet(E, this, key, value); return }
    }
    this.rawset(key, value)
  }

  /** rawget(t, key). */
  rawget(key: unknown): unknown {
    const E = this.check()
    const s = rawSlot(E, this.id, key)
    return s >= 0 ? slotToJS(E, s, E.strings) : undefined
  }

  /** rawset(t, key, value). */
  rawset(key: unknown, value: unknown): void {
    const E = this.check()
    const H = E.H
    const ks = E.tmp + 2
    jsToSlot(E, ks, key)
    jsToWords(E, value, null)
    const hi = E.wHi, lo = E.wLo
    if (hi === TAG_NIL) {
      const s = tabGetKey(H, this.id, ks)
      if (s >= 0) { H.vU[2 * s] = PAYLOAD_NONE; H.vU[2 * s + 1] = TAG_NIL }
      return
    }
    const d = tabSetKey(H, this.id, ks)
    if (d < 0) throw errorMark(E, new LuaError(d === -1 ? 'table index is nil' : 'table index is NaN'))
    H.vU[2 * d] = lo; H.vU[2 * d + 1] = hi
  }

  /** #t (the raw border, as 5.1's # on tables). */
  get length(): number {
    const E = this.check()
    return tabLen(E.H, this.id)
  }

  /** The metatable (raw: __metatable is not consulted), if any. */
  getMetatable(): LuaTable | undefined {
    const E = this.check()
    const mt = E.H.tabMeta[this.id]
    return mt !== 0 ? handleOf(E, TAG_TAB, mt) as LuaTable : undefined
  }

  /** Set (or remove, with null/undefined) the metatable (raw, like
   *  debug.setmetatable: __metatable protection is not consulted). */
  setMetatable(mt: LuaTable | null | undefined): this {
    const E = this.check()
    if (mt === null || mt === undefined) { E.H.tabMeta[this.id] = 0; return this }
    if (!(mt instanceof LuaTable) || mt.E !== E) throw new TypeError('metatable must be a LuaTable of this engine')
    mt.check()
    E.H.tabMeta[this.id] = mt.id
    return this
  }

  /** Snapshot of the entries [key, value] (raw, pairs order). */
  entries(): IterableIterator<[unknown, unknown]> {
    const E = this.check()
    const H = E.H
    const out: [unknown, unknown][] = []
    const ks = E.tmp, o = E.tmp + 1
    H.vU[2 * ks] = PAYLOAD_NONE; H.vU[2 * ks + 1] = TAG_NIL
    const kh: number[] = [], kl: number[] = [], vh: number[] = [], vl: number[] = []
    while (tabNext(H, this.id, ks, o) === 1) {
      const U = H.vU
      kh.push(U[2 * o + 1]); kl.push(U[2 * o]); vh.push(U[2 * o + 3]); vl.push(U[2 * o + 2])
      U[2 * ks] = U[2 * o]; U[2 * ks + 1] = U[2 * o + 1]
    }
    for (let i = 0; i < kh.length; i++) {
      out.push([wordsToJS(E, kh[i], kl[i], E.strings), wordsToJS(E, vh[i], vl[i], E.strings)])
    }
    return out[Symbol.iterator]()
  }

  /** Snapshot of [i, t[i]] for i = 1, 2, ... up to the first nil. */
  ipairs(): IterableIterator<[number, unknown]> {
    const E = this.check()
    const H = E.H
    const out: [number, unknown][] = []
    for (let i = 1; ; i++) {
      const s = tabGetInt(H, this.id, i)
      if (s < 0 || H.vU[2 * s + 1] === TAG_NIL) break
      out.push([i, slotToJS(E, s, E.strings)])
    }
    return out[Symbol.iterator]()
  }

  /** Same as entries(). */
  [Symbol.iterator](): IterableIterator<[unknown, unknown]> {
    return this.entries()
  }

  /** A JS copy: arrays for sequences, objects (or Maps for other keys);
   *  deep by default, cycles preserved. */
  toJS(opts?: ToJSOptions): unknown {
    const E = this.check()
    return tableToJS(E, this.id, opts !== undefined ? opts : {}, new Map<number, unknown>())
  }
}

// -- Functions ---------------------------------------------------------------------

/** A Lua function (or a host function), by reference. */
export class LuaFunction extends LuaHandle {
  /** Call it; returns all results. Throws LuaError / LuaLimitError. */
  call(...args: unknown[]): unknown[] {
    const E = this.check()
    return apiCallValue(E, TAG_FUNC, this.id, args, E.strings)
  }

  /** Call it in a coroutine: host functions returning Promises suspend it
   *  until they settle. */
  callAsync(...args: unknown[]): Promise<unknown[]> {
    const E = this.check()
    return asyncCall(E, TAG_FUNC, this.id, args, null)
  }

  /** A JS function calling this one and returning its first result. */
  toJS(): (...args: unknown[]) => unknown {
    return (...args: unknown[]): unknown => this.call(...args)[0]
  }
}

// -- Threads -----------------------------------------------------------------------

/** Result of LuaThread.resume. */
export interface LuaResumeResult {
  /** True when the coroutine finished (returned); false when it yielded. */
  done: boolean
  /** Values yielded or returned. */
  values: unknown[]
}

/** A Lua coroutine, by reference. */
export class LuaThread extends LuaHandle {
  /** coroutine.resume(co, ...): the yielded or returned values. Throws
   *  LuaError if the coroutine fails or cannot be resumed. */
  resume(...args: unknown[]): LuaResumeResult {
    const E = this.check()
    const L = E.L, H = E.H
    apiEnter(E)
    const n = args.length
    const f = L.top
    const rel = f - H.thStack[L.th]
    try {
      stackCheck(L, f, n + LUA_MINSTACK)
      const b = H.thStack[L.th] + rel
      for (let i = 0; i < n; i++) jsToSlot(E, b + i, args[i])
      L.top = b + n
      const ok = coResumeCore(L, this.id, b, n)
      const b2 = H.thStack[L.th] + rel
      const first = b2 + n, cnt = L.top - first
      if (!ok) {
        const U = H.vU
        throw errorFromLua(E, U[2 * first + 1], U[2 * first], null)
      }
      const values = new Array<unknown>(cnt)
      for (let i = 0; i < cnt; i++) values[i] = slotToJS(E, first + i, E.strings)
      return { done: H.thStatus[this.id] === CO_DEAD, values }
    } catch (e) {
      throw errorFromThrow(E, e)
    } finally {
      L.top = H.thStack[L.th] + rel
      apiLeave(E)
    }
  }

  /** coroutine.status of this thread. */
  get status(): 'suspended' | 'running' | 'normal' | 'dead' {
    const E = this.check()
    if (E.L.th === this.id) return 'running'
    switch (E.H.thStatus[this.id]) {
      case CO_SUSPENDED: return 'suspended'
      case CO_RUNNING: return 'running'
      case CO_NORMAL: return 'normal'
      default: return 'dead'
    }
  }
}

// -- Userdata ----------------------------------------------------------------------

/** A Lua userdata (not a proxied JS object), by reference. */
export class LuaUserdata extends LuaHandle {
  /** The metatable, if any. */
  getMetatable(): LuaTable | undefined {
    const E = this.check()
    if (this.tag !== TAG_UDATA) return undefined
    const mt = E.H.udMeta[this.id]
    return mt !== 0 ? handleOf(E, TAG_TAB, mt) as LuaTable : undefined
  }

  /** obj[key], honouring __index. */
  get(key: unknown): unknown {
    return indexGet(this.check(), this, key)
  }

  /** obj[key] = value, honouring __newindex. */
  set(key: unknown, value: unknown): void {
    indexSet(this.check(), this, key, value)
  }
}
