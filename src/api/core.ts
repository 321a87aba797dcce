// Engine core: the state object behind a LuaEngine, built by coreNew.
//
// A LuaEngine (src/api/engine.ts) is a thin public facade; everything it
// does goes through an EngineCore E, passed first like L and H elsewhere:
//
//   L, H          the interpreter state and heap (one per engine)
//   handles       identity cache of JS handles: value key -> WeakRef, so the
//                 same Lua table always comes back as the same LuaTable
//   fin           FinalizationRegistry unpinning handles the JS GC dropped
//   jsFnIdx       host function index of the JS-function trampoline; every
//                 JS function is a host closure of it with one upvalue, a
//                 userdata holding the JS function (freed with the closure)
//   handlerFn     closure of the traceback handler of protected API calls
//   errInfo       traceback and frames the handler captured for the error
//                 being delivered; limitInfo the same for limit stops
//   hostErr       the last host exception turned into a Lua error, so the
//                 LuaError that reaches JS keeps it as its cause
//   asyncTh       thread of the async run being resumed (0 = none); a host
//                 function returning a Promise yields only on that thread
//   lim, cur      configured limits and the budget of the current run
//
// Libraries are opened here (not through engineNew) so that presets can
// leave some out: 'all', 'safe' (no io, debug, loadfile, dofile, file
// require, os.execute/exit/remove/rename/tmpname/getenv, package.loadlib),
// 'none' or an explicit list. The state gets its own host I/O (hostio.ts)
// before any library opens, so io and package see the right host. The
// tracing JIT is installed as engineNew does (on unless jit: false).
import { TAG_FUNC, TAG_NIL, TAG_TAB, PAYLOAD_NONE } from '../../soa/value'
import { type Heap } from '../rt/heap'
import { engineBareState } from '../vm/engine'
import { arenaAllocNil } from '../rt/arena'
import { hostFnRegister, fnNewHost } from '../rt/func'
import { gcPin, gcUnpin } from '../rt/gc'
import { strFromJS } from '../rt/str'
import { tabNew, tabGetStr, tabSetInt, tabSetStr } from '../rt/tab'
import { budgetRefill, type LuaState } from '../vm/state'
import { openBase } from '../lib/base'
import { openCoroutine } from '../lib/coroutine'
import { openString } from '../lib/string'
import { openTable } from '../lib/table'
import { openMath } from '../lib/math'
import { openOs } from '../lib/os'
import { openIo } from '../lib/io'
import { openBit } from '../lib/bit'
import { openJit } from '../lib/jit'
import { openPackage } from '../lib/package'
import { openDebug } from '../lib/debug'
import { hostIONoFs, hostInstall, type LuaHostIO } from '../lib/hostio'
import { installJit } from '../jit/trace'

/** How Lua strings come back to JS: decoded text, raw bytes, or text when
 *  the bytes are valid UTF-8 and bytes otherwise. */
export type StringMode = 'string' | 'bytes' | 'auto'

/** Names of the standard libraries (LuaJIT's bit and jit included). */
export type LibName =
  'base' | 'package' | 'table' | 'io' | 'os' | 'string' | 'math' | 'debug' | 'coroutine' | 'bit' | 'jit'

/** Library presets. */
export type LibPreset = 'all' | 'safe' | 'none'

/** Configured limits; Infinity = none. */
export interface LimitConf {
  instructions: number
  memoryBytes: number
  timeMs: number
  callDepth: number
  stringBytes: number
  any: boolean // some limit is set
}

/** Counters of one outermost run (sync run/call, or one async run). */
export interface RunBudget {
  used: number // budget units consumed so far
  chunk: number // budget granted at the last refill
  deadline: number // performance clock ms, Infinity = none
  signal: AbortSignal | null
}

/** Traceback text and frames captured at an error. */
export interface ErrInfo {
  traceback: string
  frames: FrameInfo[]
  cause: unknown
}

/** One stack frame as the API reports it. */
export interface FrameInfo {
  source: string // chunk id ("file.lua", "[string \"...\"]", "[C]")
  line: number // current line, -1 if unknown
  name: string | undefined // function name as the caller called it
  namewhat: string // 'global' | 'local' | 'method' | 'field' | 'upvalue' | ''
  what: 'Lua' | 'main' | 'C'
}

/** Value held by the finalization registry for one handle. */
export interface HeldHandle {
  key: number
  tag: number
  id: number
  ref: WeakRef<object>
}

/** The engine state. Built only by coreNew; data fields only. */
export interface EngineCore {
  L: LuaState
  H: Heap
  strings: StringMode
  handles: Map<number, WeakRef<object>>
  fin: FinalizationRegistry<HeldHandle>
  jsFnIdx: number
  fnCache: WeakMap<object, number> // JS function -> closure id
  udCache: WeakMap<object, number> // proxied JS object -> userdata id
  proxyMeta: number // metatable of proxied JS objects
  handlerFn: number
  getFn: number // Lua helper `local t, k = ... return t[k]` (0 = not built)
  setFn: number // Lua helper `local t, k, v = ... t[k] = v`
  errInfo: ErrInfo | null
  limitInfo: ErrInfo | null
  hostErr: { hi: number; lo: number; cause: unknown } | null
  asyncTh: number
  pending: PromiseLike<unknown> | null
  depth: number // nested API entries
  lim: LimitConf
  cur: RunBudget | null
  hookFn: (L: LuaState) => void // the budget hook (limits.ts) once installed
  markHooked: boolean // the limits' GC mark hook is installed
  strSeen: number // strData offset up to which string sizes were checked
  tmp: number // 4 arena slots of scratch (not a root; no GC while used)
  wHi: number // out-words of jsToWords
  wLo: number
  closed: boolean
  engine: object | null // the LuaEngine facade (for module loaders)
}

/** Options coreNew understands (a subset of LuaEngineOptions). */
export interface CoreOpts {
  libs?: LibPreset | readonly LibName[]
  host?: LuaHostIO
  stdout?: (text: string) => void
  stderr?: (text: string) => void
  strings?: StringMode
  gcStress?: boolean
  jit?: boolean
}

/** Library openers by name, in lua5.1's order (base first). */
const OPENERS: readonly [LibName, (L: LuaState) => void][] = [
  ['base', openBase], ['package', openPackage], ['table', openTable], ['io', openIo],
  ['os', openOs], ['string', openString], ['math', openMath], ['debug', openDebug],
  ['coroutine', openCoroutine], ['bit', openBit], ['jit', openJit],
]

/** Every library name. */
export const LIB_NAMES: readonly LibName[] = OPENERS.map((o) => o[0])

/** Libraries the 'safe' preset opens (then trims, see sandboxTrim). */
const SAFE_LIBS: readonly LibName[] = [
  'base', 'package', 'table', 'os', 'string', 'math', 'coroutine', 'bit', 'jit',
]

// -- Output sinks --------------------------------------------------------------

/** The process object's stdout/stderr if this runtime has one. */
function procStream(which: 'stdout' | 'stderr'): ((b: Uint8Array) => void) | null {
  const p: unknown = (globalThis as { process?: unknown }).process
  if (typeof p !== 'object' || p === null) return null
  const s: unknown = (p as Record<string, unknown>)[which]
  if (typeof s !== 'object' || s === null) return null
  const w: unknown = (s as Record<string, unknown>).write
  if (typeof w !== 'function') return null
  return (b: Uint8Array) => { (w as (b: Uint8Array) => void).call(s, b) }
}

/** A byte sink decoding UTF-8 into [fn] (multi-byte sequences may span
 *  writes). */
function textSink(fn: (text: string) => void): (b: Uint8Array) => void {
  const dec = new TextDecoder()
  return (b: Uint8Array) => {
    const s = dec.decode(b, { stream: true })
    if (s.length > 0) fn(s)
  }
}

/** A byte sink printing whole lines with console.log (browsers). */
function consoleSink(): (b: Uint8Array) => void {
  let line = ''
  return textSink((s: string) => {
    line += s
    let nl = line.indexOf('\n')
    while (nl >= 0) {
      console.log(line.slice(0, nl))
      line = line.slice(nl + 1)
      nl = line.indexOf('\n')
    }
  })
}

// -- Libraries -----------------------------------------------------------------

/** The library names a preset or list stands for. */
function libList(libs: LibPreset | readonly LibName[] | undefined): readonly LibName[] {
  if (libs === undefined || libs === 'all') return LIB_NAMES
  if (libs === 'safe') return SAFE_LIBS
  if (libs === 'none') return []
  for (let i = 0; i < libs.length; i++) {
    if (LIB_NAMES.indexOf(libs[i]) < 0) throw new TypeError("unknown library '" + String(libs[i]) + "'")
  }
  return libs
}

/** t[name] = nil for each of [names] (raw). */
function clearFields(H: Heap, t: number, names: readonly string[]): void {
  for (let i = 0; i < names.length; i++) {
    const s = tabGetStr(H, t, strFromJS(H, names[i]))
    if (s >= 0) { H.vU[2 * s] = PAYLOAD_NONE; H.vU[2 * s + 1] = TAG_NIL }
  }
}

/** Table in field [name] of [t], or 0. */
function fieldTab(H: Heap, t: number, name: string): number {
  const s = tabGetStr(H, t, strFromJS(H, name))
  return s >= 0 && H.vU[2 * s + 1] === TAG_TAB ? H.vU[2 * s] : 0
}

/** The 'safe' preset's trimming: no file loading, processes, exit or
 *  environment; require only finds package.preload modules. */
function sandboxTrim(H: Heap): void {
  const G = H.globals
  clearFields(H, G, ['loadfile', 'dofile'])
  const os = fieldTab(H, G, 'os')
  if (os !== 0) clearFields(H, os, ['execute', 'exit', 'remove', 'rename', 'tmpname', 'getenv'])
  const pkg = fieldTab(H, G, 'package')
  if (pkg !== 0) {
    clearFields(H, pkg, ['loadlib', 'cpath'])
    const loaders = fieldTab(H, pkg, 'loaders')
    if (loaders !== 0) {
      for (let i = 2; i <= 4; i++) {
        const s = tabSetInt(H, loaders, i)
        H.vU[2 * s] = PAYLOAD_NONE; H.vU[2 * s + 1] = TAG_NIL
      }
    }
  }
}

// -- Construction --------------------------------------------------------------

/** Limits none (filled in by limitsSet). */
function limitsNone(): LimitConf {
  return {
    instructions: Infinity, memoryBytes: Infinity, timeMs: Infinity, callDepth: Infinity,
    stringBytes: Infinity, any: false,
  }
}

/** A new engine core with the libraries [opts.libs] open. The JS-function
 *  trampoline, traceback handler and proxy metatable are installed by
 *  the caller (engine.ts), which owns those behaviours. */
export function coreNew(opts: CoreOpts): EngineCore {
  const L = engineBareState(opts.gcStress === true)
  const H = L.H
  // Output: explicit callbacks, else the host's, else process or console.
  const out = opts.stdout !== undefined ? textSink(opts.stdout) : procStream('stdout') ?? consoleSink()
  const err = opts.stderr !== undefined ? textSink(opts.stderr) : procStream('stderr') ?? consoleSink()
  const host = opts.host !== undefined ? opts.host : hostIONoFs(out, err)
  hostInstall(L, host)
  if (opts.stdout !== undefined) L.write = out
  if (opts.stderr !== undefined) L.writeErr = err
  const libs = libList(opts.libs)
  for (let i = 0; i < OPENERS.length; i++) {
    if (libs.indexOf(OPENERS[i][0]) >= 0) OPENERS[i][1](L)
  }
  if (opts.libs === 'safe') sandboxTrim(H)
  if (opts.jit !== false) installJit(L)
  const E: EngineCore = {
    L, H,
    strings: opts.strings !== undefined ? opts.strings : 'string',
    handles: new Map<number, WeakRef<object>>(),
    fin: new FinalizationRegistry<HeldHandle>((held: HeldHandle) => { coreHandleDropped(E, held) }),
    jsFnIdx: -1,
    fnCache: new WeakMap<object, number>(),
    udCache: new WeakMap<object, number>(),
    proxyMeta: 0,
    handlerFn: 0,
    getFn: 0,
    setFn: 0,
    errInfo: null,
    limitInfo: null,
    hostErr: null,
    asyncTh: 0,
    pending: null,
    depth: 0,
    lim: limitsNone(),
    cur: null,
    hookFn: budgetRefill,
    markHooked: false,
    strSeen: 0,
    tmp: arenaAllocNil(H, 4),
    wHi: TAG_NIL,
    wLo: PAYLOAD_NONE,
    closed: false,
    engine: null,
  }
  return E
}

/** A handle the JS GC collected: drop its cache entry and its pin. */
function coreHandleDropped(E: EngineCore, held: HeldHandle): void {
  if (E.closed) return
  if (E.handles.get(held.key) === held.ref) E.handles.delete(held.key)
  gcUnpin(E.H, held.tag, held.id)
}

/** Register host function [fn] as a new closure kept alive by a pin. */
export function corePinnedFn(E: EngineCore, fn: (L: LuaState) => number, name: string): number {
  const H = E.H
  const f = fnNewHost(H, hostFnRegister(H, fn, name), 0, H.globals)
  gcPin(H, TAG_FUNC, f)
  return f
}

/** A new table kept alive by a pin. */
export function corePinnedTab(E: EngineCore): number {
  const t = tabNew(E.H, 0, 4)
  gcPin(E.H, TAG_TAB, t)
  return t
}

/** Set field [name] of table [t] to closure [f] (raw). */
export function coreSetFn(E: EngineCore, t: number, name: string, f: number): void {
  const H = E.H
  const s = tabSetStr(H, t, strFromJS(H, name))
  H.vU[2 * s] = f; H.vU[2 * s + 1] = TAG_FUNC
}

/** Milliseconds of a monotonic clock. */
export function coreNow(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now()
}
