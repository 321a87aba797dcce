// Values across the boundary: Lua slots <-> JS values, deep copies, JS
// functions as Lua functions and JS objects as proxy userdata.
//
// Lua -> JS (wordsToJS, slotToJS):
//   nil -> undefined, booleans, numbers (exact: Lua numbers are doubles),
//   strings -> string (UTF-8 decoded), Uint8Array or either (StringMode),
//   tables / functions / threads / userdata -> handles (handles.ts) that
//   keep identity and metatables; a proxy userdata -> the original object.
// JS -> Lua (jsToWords, result in E.wHi / E.wLo; no slot needed, so deep
// copies recurse without scratch space):
//   undefined and null -> nil, numbers, booleans, bigint -> number,
//   strings -> UTF-8 bytes, Uint8Array / ArrayBuffer -> the same bytes,
//   handles -> their value (same engine only), functions -> host closures,
//   arrays and plain objects -> new tables (deep, cycles kept as cycles),
//   anything else (class instances, Map, Date, Promise ...) -> a proxy
//   userdata: t.k reads obj.k, t.k = v writes it, t:m(...) calls obj.m
//   with `this` = obj and without the self argument.
//
// JS functions are host closures of one trampoline (jsCallHost) with one
// upvalue: a userdata whose host object is the function. The closure owns
// the userdata, so the function is released when the closure is collected
// (H.hostFns never grows). Arguments arrive as plain JS values; the return
// value becomes 0 results (undefined), several (LuaMulti) or one. A thrown
// exception becomes a Lua error "chunk:line: message" with the exception
// kept as the cause; a LuaError of the same engine rethrows its Lua value;
// limit stops and os.exit pass through untouched. A returned Promise (any
// thenable) suspends the async run (async.ts) when the calling coroutine
// can yield, and is an error otherwise.
//
// No conversion runs Lua code or reaches a GC safe point, so ids held in
// JS locals during a conversion stay valid.
import {
  TAG_NIL, TAG_FALSE, TAG_TRUE, TAG_STR, TAG_TAB, TAG_FUNC, TAG_UDATA,
  TAG_LIGHTUD, TAG_NUMX, PAYLOAD_NONE,
} from '../../soa/value'
import { FL_LIVE } from '../../soa/heap'
import { strFromJS, strToJS, strBytes, strIntern } from '../rt/str'
import { tabNew, tabSetInt, tabSetStr, tabSetKey, tabNext } from '../rt/tab'
import { fnNewHost } from '../rt/func'
import { udNew, hostObjAdd } from '../rt/udata'
import { numToStrBits } from '../rt/numfmt'
import { pushRoom, argCount } from '../vm/aux'
import { where, luaError } from '../vm/debug'
import { LuaThrow, LuaLimitThrow } from '../vm/error'
import type { LuaState } from '../vm/state'
import { LuaExit } from '../lib/hostio'
import type { EngineCore, StringMode } from './core'
import { LuaError, LuaLimitError, errorOrigin } from './errors'
import { LuaHandle, handleOf } from './handles'

/** Several values returned from a JS function to Lua. */
export class LuaMulti {
  /** The values, in order. */
  readonly values: readonly unknown[]
  constructor(values: readonly unknown[]) {
    this.values = values
  }
}

/** Options of deep Lua -> JS conversion. */
export interface ToJSOptions {
  /** Convert nested tables too (default true for toJS). */
  deep?: boolean
  /** Tables with keys 1..n only become arrays ('auto', the default),
   *  always ('always': other keys are dropped) or never (objects). */
  arrays?: 'auto' | 'always' | 'never'
  /** How strings come back (default: the engine's). */
  strings?: StringMode
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

// -- Lua -> JS -----------------------------------------------------------------

/** String [id] as [mode] asks. */
function strOut(E: EngineCore, id: number, mode: StringMode): unknown {
  const H = E.H
  if (mode === 'string') return strToJS(H, id)
  if (mode === 'bytes') return strBytes(H, id).slice()
  if (H.strJS[id] !== null) return H.strJS[id]
  try {
    const s = strictUtf8.decode(strBytes(H, id))
    H.strJS[id] = s
    return s
  } catch {
    return strBytes(H, id).slice()
  }
}

/** The Lua value ([hi], [lo]) as a JS value. */
export function wordsToJS(E: EngineCore, hi: number, lo: number, mode: StringMode): unknown {
  const H = E.H
  if (hi < TAG_NUMX) {
    H.scratchU[0] = lo; H.scratchU[1] = hi
    return H.scratchF[0]
  }
  switch (hi) {
    case TAG_NIL: return undefined
    case TAG_FALSE: return false
    case TAG_TRUE: return true
    case TAG_STR: return strOut(E, lo, mode)
    case TAG_UDATA: {
      const h = H.udHost[lo]
      if (h !== 0 && H.udMeta[lo] === E.proxyMeta && E.proxyMeta !== 0) return H.hostObjs[h]
      return handleOf(E, hi, lo)
    }
    case TAG_LIGHTUD: return null
    default: return handleOf(E, hi, lo)
  }
}

/** The value in slot [s] as a JS value. */
export function slotToJS(E: EngineCore, s: number, mode: StringMode): unknown {
  const H = E.H
  const hi = H.vU[2 * s + 1]
  if (hi < TAG_NUMX) return H.vF[s]
  return wordsToJS(E, hi, H.vU[2 * s], mode)
}

/** Key ([hi], [lo]) as an object property name, or null if it has none. */
function keyName(E: EngineCore, hi: number, lo: number): string | null {
  if (hi < TAG_NUMX) return numToStrBits(hi, lo)
  if (hi === TAG_STR) return strToJS(E.H, lo)
  if (hi === TAG_TRUE) return 'true'
  if (hi === TAG_FALSE) return 'false'
  return null
}

/** Deep copy of table [t] (raw: metatables are not consulted); tables met
 *  again (cycles, shared subtables) map to the same JS object. */
export function tableToJS(E: EngineCore, t: number, opts: ToJSOptions,
  seen: Map<number, unknown>): unknown {
  const H = E.H
  const done = seen.get(t)
  if (done !== undefined) return done
  const mode = opts.strings !== undefined ? opts.strings : E.strings
  const deep = opts.deep !== false
  const arrays = opts.arrays !== undefined ? opts.arrays : 'auto'
  // Collect the entries first: nested conversions reuse the scratch slots.
  const kh: number[] = [], kl: number[] = [], vh: number[] = [], vl: number[] = []
  const ks = E.tmp, out = E.tmp + 1
  H.vU[2 * ks] = PAYLOAD_NONE; H.vU[2 * ks + 1] = TAG_NIL
  let maxInt = 0
  let allInt = true, allNamed = true
  while (tabNext(H, t, ks, out) === 1) {
    const U = H.vU
    const khi = U[2 * out + 1], klo = U[2 * out]
    kh.push(khi); kl.push(klo); vh.push(U[2 * out + 3]); vl.push(U[2 * out + 2])
    U[2 * ks] = klo; U[2 * ks + 1] = khi
    if (khi < TAG_NUMX) {
      const k = H.vF[out]
      if (k >= 1 && Math.floor(k) === k) { if (k > maxInt) maxInt = k } else allInt = false
    } else {
      allInt = false
      if (khi !== TAG_STR && khi !== TAG_TRUE && khi !== TAG_FALSE) allNamed = false
    }
  }
  const n = kh.length
  const val = (i: number): unknown => {
    if (deep && vh[i] === TAG_TAB) return tableToJS(E, vl[i], opts, seen)
    return wordsToJS(E, vh[i], vl[i], mode)
  }
  const asArray = arrays === 'always' || (arrays === 'auto' && n > 0 && allInt && maxInt === n)
  if (asArray) {
    const a: unknown[] = []
    seen.set(t, a)
    for (let i = 0; i < n; i++) {
      if (kh[i] >= TAG_NUMX) continue
      H.scratchU[0] = kl[i]; H.scratchU[1] = kh[i]
      const k = H.scratchF[0]
      if (k >= 1 && Math.floor(k) === k && k <= 0x7fffffff) a[k - 1] = val(i)
    }
    return a
  }
  if (!allNamed) {
    const m = new Map<unknown, unknown>()
    seen.set(t, m)
    for (let i = 0; i < n; i++) {
      const k = deep && kh[i] === TAG_TAB ? tableToJS(E, kl[i], opts, seen) : wordsToJS(E, kh[i], kl[i], mode)
      m.set(k, val(i))
    }
    return m
  }
  const o: Record<string, unknown> = {}
  seen.set(t, o)
  for (let i = 0; i < n; i++) {
    const name = keyName(E, kh[i], kl[i])
    if (name !== null) o[name] = val(i)
  }
  return o
}

// -- JS -> Lua -----------------------------------------------------------------

/** Is [v] an array or an object with Object.prototype or null as prototype? */
function isPlain(v: object): boolean {
  if (Array.isArray(v)) return true
  const p: unknown = Object.getPrototypeOf(v)
  return p === Object.prototype || p === null
}

/** Convert [v] to Lua words in E.wHi / E.wLo. Plain objects and arrays are
 *  deep-copied ([seen] maps objects already copied to their tables). */
export function jsToWords(E: EngineCore, v: unknown, seen: Map<object, number> | null): void {
  const H = E.H
  switch (typeof v) {
    case 'number':
      H.scratchF[0] = v
      E.wLo = H.scratchU[0]; E.wHi = H.scratchU[1]
      return
    case 'string':
      E.wLo = strFromJS(H, v); E.wHi = TAG_STR
      return
    case 'boolean':
      E.wLo = PAYLOAD_NONE; E.wHi = v ? TAG_TRUE : TAG_FALSE
      return
    case 'undefined':
      E.wLo = PAYLOAD_NONE; E.wHi = TAG_NIL
      return
    case 'bigint':
      H.scratchF[0] = Number(v)
      E.wLo = H.scratchU[0]; E.wHi = H.scratchU[1]
      return
    case 'function':
      E.wLo = jsFnClosure(E, v as (...a: unknown[]) => unknown); E.wHi = TAG_FUNC
      return
    case 'object':
      if (v === null) { E.wLo = PAYLOAD_NONE; E.wHi = TAG_NIL; return }
      objToWords(E, v, seen)
      return
    default:
      throw new TypeError('cannot convert a ' + typeof v + ' to a Lua value')
  }
}

/** jsToWords for objects. */
function objToWords(E: EngineCore, v: object, seen: Map<object, number> | null): void {
  const H = E.H
  if (v instanceof LuaHandle) {
    if (v.E !== E) throw new TypeError('handle belongs to another LuaEngine')
    if (v.released) throw new TypeError('handle was released')
    E.wLo = v.id; E.wHi = v.tag
    return
  }
  if (v instanceof Uint8Array) {
    E.wLo = strIntern(H, v, 0, v.length); E.wHi = TAG_STR
    return
  }
  if (v instanceof ArrayBuffer) {
    const b = new Uint8Array(v)
    E.wLo = strIntern(H, b, 0, b.length); E.wHi = TAG_STR
    return
  }
  if (v instanceof LuaMulti) throw new TypeError('LuaMulti is only valid as a return value')
  if (isPlain(v)) {
    E.wLo = tableFromJS(E, v, seen !== null ? seen : new Map<object, number>()); E.wHi = TAG_TAB
    return
  }
  E.wLo = proxyOf(E, v); E.wHi = TAG_UDATA
}

/** t[key] = value for a converted key/value (nil value: no entry). */
function tabPut(E: EngineCore, t: number, khi: number, klo: number, vhi: number, vlo: number): void {
  if (vhi === TAG_NIL) return
  const H = E.H
  let d: number
  if (khi === TAG_STR) d = tabSetStr(H, t, klo)
  else {
    const ks = E.tmp + 3
    H.vU[2 * ks] = klo; H.vU[2 * ks + 1] = khi
    d = tabSetKey(H, t, ks)
    if (d < 0) return // nil or NaN key: skipped
  }
  H.vU[2 * d] = vlo; H.vU[2 * d + 1] = vhi
}

/** A new table with the contents of array or plain object [v] (deep). */
function tableFromJS(E: EngineCore, v: object, seen: Map<object, number>): number {
  const H = E.H
  const got = seen.get(v)
  if (got !== undefined) return got
  if (Array.isArray(v)) {
    const n = v.length
    const t = tabNew(H, n, 0)
    seen.set(v, t)
    for (let i = 0; i < n; i++) {
      jsToWords(E, v[i], seen)
      if (E.wHi === TAG_NIL) continue
      const hi = E.wHi, lo = E.wLo
      const d = tabSetInt(H, t, i + 1)
      H.vU[2 * d] = lo; H.vU[2 * d + 1] = hi
    }
    return t
  }
  const keys = Object.keys(v)
  const t = tabNew(H, 0, keys.length)
  seen.set(v, t)
  const rec = v as Record<string, unknown>
  for (let i = 0; i < keys.length; i++) {
    jsToWords(E, rec[keys[i]], seen)
    const hi = E.wHi, lo = E.wLo
    tabPut(E, t, TAG_STR, strFromJS(H, keys[i]), hi, lo)
  }
  return t
}

/** Write [v] converted into slot [d]. */
export function jsToSlot(E: EngineCore, d: number, v: unknown): void {
  if (typeof v === 'number') { E.H.vF[d] = v; return }
  jsToWords(E, v, null)
  const U = E.H.vU
  U[2 * d] = E.wLo; U[2 * d + 1] = E.wHi
}

/** Push the results of a host function's return value [r]; returns the
 *  count. */
function pushReturn(E: EngineCore, L: LuaState, r: unknown): number {
  if (r === undefined) return 0
  if (typeof r === 'number') { L.H.vF[L.top++] = r; return 1 }
  if (r instanceof LuaMulti) {
    const vs = r.values, n = vs.length
    pushRoom(L, n)
    for (let i = 0; i < n; i++) jsToSlot(E, L.top++, vs[i])
    return n
  }
  if (typeof r === 'object' && r !== null && typeof (r as { then?: unknown }).then === 'function') {
    return awaitThenable(E, L, r as PromiseLike<unknown>)
  }
  jsToSlot(E, L.top++, r)
  return 1
}

/** A host function returned thenable [p]: yield to the async driver when
 *  this coroutine can, else raise an error. */
function awaitThenable(E: EngineCore, L: LuaState, p: PromiseLike<unknown>): number {
  if (E.asyncTh !== 0 && L.th === E.asyncTh && L.nCcalls === L.baseCcalls) {
    E.pending = p
    L.yielding = 1
    return 0
  }
  // Nobody will wait for it: keep its rejection from going unhandled.
  p.then(undefined, () => undefined)
  luaError(L, E.asyncTh === 0 || L.th !== E.asyncTh
    ? 'attempt to wait for a Promise outside runAsync/callAsync (or in a nested coroutine)'
    : 'attempt to wait for a Promise across a C-call boundary')
}

// -- JS functions ----------------------------------------------------------------

/** The host closure for JS function [fn] (the same one while it lives). */
export function jsFnClosure(E: EngineCore, fn: (...a: unknown[]) => unknown): number {
  const H = E.H
  const c = E.fnCache.get(fn)
  if (c !== undefined && (H.fnFlag[c] & FL_LIVE) !== 0 && H.fnHost[c] === E.jsFnIdx && H.fnProto[c] === 0) {
    const ud = H.vU[2 * H.fnUpv[c]]
    if (H.hostObjs[H.udHost[ud]] === fn) return c
  }
  const ud = udNew(H, hostObjAdd(H, fn), 0)
  const f = fnNewHost(H, E.jsFnIdx, 1, H.globals)
  const u = H.fnUpv[f]
  H.vU[2 * u] = ud; H.vU[2 * u + 1] = TAG_UDATA
  E.fnCache.set(fn, f)
  return f
}

/** The trampoline every JS function runs through (a HostFn). */
export function jsCallHost(E: EngineCore, L: LuaState): number {
  const H = L.H
  const b = L.base
  const self = H.vU[2 * (b - 2)]
  const fn = H.hostObjs[H.udHost[H.vU[2 * H.fnUpv[self]]]] as (...a: unknown[]) => unknown
  const n = L.top - b
  const mode = E.strings
  let r: unknown
  try {
    switch (n) {
      case 0: r = fn(); break
      case 1: r = fn(slotToJS(E, b, mode)); break
      case 2: r = fn(slotToJS(E, b, mode), slotToJS(E, b + 1, mode)); break
      case 3: r = fn(slotToJS(E, b, mode), slotToJS(E, b + 1, mode), slotToJS(E, b + 2, mode)); break
      default: {
        const args = new Array<unknown>(n)
        for (let i = 0; i < n; i++) args[i] = slotToJS(E, b + i, mode)
        r = fn.apply(undefined, args)
      }
    }
  } catch (e) {
    throw hostError(E, L, e)
  }
  return pushReturn(E, L, r)
}

/** The exception to throw into the VM for host exception [e]. */
export function hostError(E: EngineCore, L: LuaState, e: unknown): unknown {
  if (e instanceof LuaThrow || e instanceof LuaLimitThrow || e instanceof LuaExit) return e
  if (e instanceof LuaLimitError) return new LuaLimitThrow(e.kind, e.message)
  const H = E.H
  if (e instanceof LuaError && errorOrigin(e) === E) {
    jsToWords(E, e.value, null)
    const t = new LuaThrow(E.wHi, E.wLo, e.message)
    t.hostCause = e
    E.hostErr = { hi: E.wHi, lo: E.wLo, cause: e }
    return t
  }
  const msg = where(L, 1) + (e instanceof Error ? e.message : String(e))
  const id = strFromJS(H, msg)
  const t = new LuaThrow(TAG_STR, id, msg)
  t.hostCause = e
  E.hostErr = { hi: TAG_STR, lo: id, cause: e }
  return t
}

// -- Proxy userdata ----------------------------------------------------------------

/** The proxy userdata of JS object [obj] (the same one while it lives). */
function proxyOf(E: EngineCore, obj: object): number {
  const H = E.H
  const u = E.udCache.get(obj)
  if (u !== undefined && (H.udFlag[u] & FL_LIVE) !== 0 && H.hostObjs[H.udHost[u]] === obj) return u
  const nu = udNew(H, hostObjAdd(H, obj), E.proxyMeta)
  E.udCache.set(obj, nu)
  return nu
}

/** The object behind the proxy in argument 0. */
function proxyTarget(L: LuaState): Record<string | number, unknown> {
  const H = L.H
  const u = H.vU[2 * L.base]
  return H.hostObjs[H.udHost[u]] as Record<string | number, unknown>
}

/** __index of proxies: obj[k]; methods are bound to obj. */
export function proxyIndexHost(E: EngineCore, L: LuaState): number {
  const obj = proxyTarget(L)
  const k = slotToJS(E, L.base + 1, 'string')
  if (typeof k !== 'string' && typeof k !== 'number') { L.top = L.base; pushReturnNil(L); return 1 }
  const v = obj[k]
  L.top = L.base + 2
  if (typeof v === 'function') {
    const m = v as (...a: unknown[]) => unknown
    // Called as obj:m(...): drop the self argument (it converts back to obj).
    const bound = (...a: unknown[]): unknown => {
      if (a.length > 0 && a[0] === obj) a.shift()
      return m.apply(obj, a)
    }
    jsToSlot(E, L.top++, bound)
    return 1
  }
  jsToSlot(E, L.top++, v)
  return 1
}

/** Push nil. */
function pushReturnNil(L: LuaState): void {
  const U = L.H.vU, t = L.top++
  U[2 * t] = PAYLOAD_NONE; U[2 * t + 1] = TAG_NIL
}

/** __newindex of proxies: obj[k] = v. */
export function proxyNewindexHost(E: EngineCore, L: LuaState): number {
  const obj = proxyTarget(L)
  const k = slotToJS(E, L.base + 1, 'string')
  if (typeof k === 'string' || typeof k === 'number') {
    try {
      obj[k] = argCount(L) > 2 ? slotToJS(E, L.base + 2, E.strings) : undefined
    } catch (e) {
      throw hostError(E, L, e)
    }
  }
  return 0
}

/** __tostring of proxies. */
export function proxyTostringHost(E: EngineCore, L: LuaState): number {
  const obj = proxyTarget(L)
  let s: string
  try { s = String(obj) } catch { s = '[object]' }
  L.top = L.base + 1
  jsToSlot(E, L.top++, s)
  return 1
}
