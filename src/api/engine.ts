// LuaEngine: the public facade over an EngineCore.
//
// Construction is synchronous: a heap, the libraries of the chosen preset,
// a host I/O (no filesystem unless one is given), the JS-function
// trampoline, the traceback handler, the proxy metatable and, when limits
// are set, the budget hook and the library guards. Every method checks the
// engine is open, converts its arguments (convert.ts), runs Lua through a
// protected call (pcall.ts) and converts results back; failures surface as
// LuaError / LuaSyntaxError / LuaLimitError (errors.ts).
import { TAG_FUNC, TAG_TAB } from '../../soa/value'
import { strFromJS } from '../rt/str'
import { tabGetStr, tabSetStr } from '../rt/tab'
import { hostFnRegister, fnNewLua } from '../rt/func'
import { protoLoad } from '../rt/proto'
import { compile } from '../front/parse'
import { LuaCompileError } from '../front/error'
import { gcCollect } from '../rt/gc'
import { loadBuffer, LoadError } from '../vm/load'
import type { LuaState } from '../vm/state'
import type { LuaHostIO } from '../lib/hostio'
import {
  coreNew, corePinnedFn, corePinnedTab, coreSetFn,
  type EngineCore, type LibName, type LibPreset, type StringMode,
} from './core'
import {
  LuaMulti, jsCallHost, jsToWords, jsFnClosure, wordsToJS, proxyIndexHost, proxyNewindexHost,
  proxyTostringHost, type ToJSOptions,
} from './convert'
import { LuaFunction, LuaTable, handleOf } from './handles'
import { apiCallValue, errorFromLoad, handlerHost } from './pcall'
import { limitsSet, limitCheck, type LuaLimits } from './limits'
import { limitsLibInstall } from './limits_lib'
import { asyncCall } from './async'

/** Options of new LuaEngine(). */
export interface LuaEngineOptions {
  /** Libraries: 'all' (default), 'safe', 'none' or a list of names. */
  libs?: LibPreset | readonly LibName[]
  /** Limits applied to every run. */
  limits?: LuaLimits
  /** Receives what Lua writes to standard output (print, io.write). */
  stdout?: (text: string) => void
  /** Receives what Lua writes to standard error. */
  stderr?: (text: string) => void
  /** Host I/O for the io/os/package libraries (e.g. nodeHostIO(...));
   *  default: no filesystem, no processes, no environment. */
  host?: LuaHostIO
  /** How Lua strings come back to JS (default 'string'). */
  strings?: StringMode
  /** Modules for require: Lua source, or a JS loader returning the value. */
  modules?: Record<string, string | ((engine: LuaEngine) => unknown)>
  /** Globals to set at construction. */
  globals?: Record<string, unknown>
  /** The tracing JIT (default true; jit.off() in Lua turns it off too). */
  jit?: boolean
}

/** Options of run / load / eval. */
export interface RunOptions {
  /** Chunk name for messages: "main.lua" reads "main.lua:3: ..."; a name
   *  starting with "=" or "@" is used as is. Default: the code itself
   *  (messages read [string "..."]:3:). */
  chunkName?: string
  /** How strings in the results come back (default: the engine's). */
  strings?: StringMode
  /** Cancels the run (LuaLimitError kind 'abort'). A synchronous run sees
   *  it when a host function it calls aborts; async runs also while they
   *  wait. */
  signal?: AbortSignal
}

/** Options of runAsync. */
export type AsyncRunOptions = RunOptions

const enc = new TextEncoder()

/** The binary chunk name for [opts] and [code]. */
function chunkNameOf(code: string | Uint8Array, opts: RunOptions | undefined): string {
  const n = opts !== undefined ? opts.chunkName : undefined
  if (n !== undefined) {
    const c = n.charCodeAt(0)
    return c === 61 || c === 64 ? n : '@' + n
  }
  return typeof code === 'string' ? code : '=(load)'
}

/** A Lua 5.1 engine. */
export class LuaEngine {
  /** @internal */
  readonly core: EngineCore

  constructor(options?: LuaEngineOptions) {
    const o = options !== undefined ? options : {}
    const E = coreNew(o)
    this.core = E
    E.engine = this
    const H = E.H
    E.jsFnIdx = hostFnRegister(H, (L: LuaState) => jsCallHost(E, L), '?')
    E.handlerFn = corePinnedFn(E, (L: LuaState) => handlerHost(E, L), 'traceback')
    const pm = corePinnedTab(E)
    coreSetFn(E, pm, '__index', corePinnedFn(E, (L: LuaState) => proxyIndexHost(E, L), '__index'))
    coreSetFn(E, pm, '__newindex', corePinnedFn(E, (L: LuaState) => proxyNewindexHost(E, L), '__newindex'))
    coreSetFn(E, pm, '__tostring', corePinnedFn(E, (L: LuaState) => proxyTostringHost(E, L), '__tostring'))
    E.proxyMeta = pm
    E.hookFn = (L: LuaState): void => { limitCheck(E, L, true) }
    if (o.limits !== undefined) this.setLimits(o.limits)
    if (o.modules !== undefined) this.addModules(o.modules)
    if (o.globals !== undefined) {
      const keys = Object.keys(o.globals)
      for (let i = 0; i < keys.length; i++) this.globals.set(keys[i], o.globals[keys[i]])
    }
  }

  /** Replace the limits (absent fields: no limit). */
  setLimits(limits: LuaLimits | undefined): void {
    const E = this.open()
    limitsSet(E, limits)
    if (E.lim.any) limitsLibInstall(E)
  }

  /** Run [code]; returns all its results. */
  run(code: string | Uint8Array, opts?: RunOptions): unknown[] {
    const E = this.open()
    const f = this.compile(code, opts)
    return apiCallValue(E, TAG_FUNC, f, [], opts?.strings ?? E.strings, opts?.signal ?? null)
  }

  /** The value of Lua expression [expr] (first result of "return expr"). */
  eval(expr: string, opts?: RunOptions): unknown {
    const name = opts?.chunkName !== undefined ? opts : { ...opts, chunkName: '=' + expr }
    return this.run('return ' + expr, name)[0]
  }

  /** Compile [code] without running it. Throws LuaSyntaxError. */
  load(code: string | Uint8Array, opts?: RunOptions): LuaFunction {
    const E = this.open()
    return handleOf(E, TAG_FUNC, this.compile(code, opts)) as LuaFunction
  }

  /** Run [code] in a coroutine: host functions returning Promises suspend
   *  it until they settle. Resolves to all results. */
  runAsync(code: string | Uint8Array, opts?: AsyncRunOptions): Promise<unknown[]> {
    const E = this.open()
    let f: number
    try {
      f = this.compile(code, opts)
    } catch (e) {
      return Promise.reject(e)
    }
    return asyncCall(E, TAG_FUNC, f, [], opts?.signal ?? null, opts?.strings)
  }

  /** Call function [fn] (a LuaFunction or a global path like "a.b.f")
   *  with [args]; returns all results. */
  call(fn: string | LuaFunction, ...args: unknown[]): unknown[] {
    const E = this.open()
    const f = this.fnOf(fn)
    return apiCallValue(E, TAG_FUNC, f.id, args, E.strings)
  }

  /** call() as an async run (see runAsync). */
  callAsync(fn: string | LuaFunction, ...args: unknown[]): Promise<unknown[]> {
    const E = this.open()
    let f: LuaFunction
    try {
      f = this.fnOf(fn)
    } catch (e) {
      return Promise.reject(e)
    }
    return asyncCall(E, TAG_FUNC, f.id, args, null)
  }

  /** The globals table. */
  get globals(): LuaTable {
    const E = this.open()
    return handleOf(E, TAG_TAB, E.H.globals) as LuaTable
  }

  /** The value at global path [path] ("x", "string.format", "a.b.c");
   *  undefined if some part is missing. */
  get(path: string): unknown {
    const parts = path.split('.')
    let cur: unknown = this.globals
    for (let i = 0; i < parts.length; i++) {
      if (!(cur instanceof LuaTable)) return undefined
      cur = cur.get(parts[i])
    }
    return cur
  }

  /** Set the value at global path [path], creating missing tables on the
   *  way ("config.debug" makes config a table if it is nil). */
  set(path: string, value: unknown): void {
    const parts = path.split('.')
    let cur: LuaTable = this.globals
    for (let i = 0; i < parts.length - 1; i++) {
      let next = cur.get(parts[i])
      if (next === undefined) {
        next = this.createTable()
        cur.set(parts[i], next)
      }
      if (!(next instanceof LuaTable)) throw new TypeError("'" + parts.slice(0, i + 1).join('.') + "' is not a table")
      cur = next
    }
    cur.set(parts[parts.length - 1], value)
  }

  /** Convert [value] to Lua: arrays and plain objects become new tables
   *  (deep copy; returned as LuaTable), functions LuaFunction, the rest
   *  comes back as the JS value Lua would give. */
  fromJS(value: unknown): unknown {
    const E = this.open()
    jsToWords(E, value, null)
    return wordsToJS(E, E.wHi, E.wLo, E.strings)
  }

  /** A new table, filled from [init] (deep copy) if given. */
  createTable(init?: Record<string, unknown> | unknown[]): LuaTable {
    const t = this.fromJS(init !== undefined ? init : {})
    return t as LuaTable
  }

  /** Convert [value] to plain JS: tables are deep-copied (cycles kept);
   *  other values are returned as they are. */
  toJS(value: unknown, opts?: ToJSOptions): unknown {
    if (value instanceof LuaTable) return value.toJS(opts)
    return value
  }

  /** Several return values for a JS function called from Lua. */
  multi(...values: unknown[]): LuaMulti {
    return new LuaMulti(values)
  }

  /** Several return values for a JS function called from Lua. */
  static multi(...values: unknown[]): LuaMulti {
    return new LuaMulti(values)
  }

  /** Bytes in use by the Lua heap (exact, as collectgarbage("count") *
   *  1024). */
  memoryUsage(): number {
    return this.open().H.gcBytes
  }

  /** Run a full garbage collection (only between runs). */
  collectGarbage(): void {
    const E = this.open()
    if (E.depth > 0 || E.L.nCcalls > 0) throw new Error('collectGarbage() while Lua is running')
    const H = E.H
    H.thTop[H.mainThread] = E.L.top
    gcCollect(H)
  }

  /** Release the engine: every handle and method stops working. */
  close(): void {
    const E = this.core
    if (E.closed) return
    E.closed = true
    E.handles.clear()
  }

  /** Is the engine closed? */
  get closed(): boolean {
    return this.core.closed
  }

  // -- internals ------------------------------------------------------------

  /** The core, or throw if closed. */
  private open(): EngineCore {
    const E = this.core
    if (E.closed) throw new Error('LuaEngine is closed')
    return E
  }

  /** Compile [code]; returns the closure id (unpinned: use at once). */
  private compile(code: string | Uint8Array, opts: RunOptions | undefined): number {
    const E = this.core
    const name = chunkNameOf(code, opts)
    const src = typeof code === 'string' ? enc.encode(code) : code
    try {
      return loadBuffer(E.L, src, name)
    } catch (e) {
      if (e instanceof LoadError) throw errorFromLoad(E, e, name)
      throw e
    }
  }

  /** The LuaFunction for [fn] (a handle or a global path). */
  private fnOf(fn: string | LuaFunction): LuaFunction {
    if (fn instanceof LuaFunction) {
      if (fn.E !== this.core) throw new TypeError('function belongs to another LuaEngine')
      return fn
    }
    const v = this.get(fn)
    if (!(v instanceof LuaFunction)) throw new TypeError("'" + fn + "' is not a function")
    return v
  }

  /** Put [mods] into package.preload. */
  private addModules(mods: Record<string, string | ((engine: LuaEngine) => unknown)>): void {
    const E = this.core, H = E.H
    const ps = tabGetStr(H, H.globals, strFromJS(H, 'package'))
    if (ps < 0 || H.vU[2 * ps + 1] !== TAG_TAB) throw new Error("modules need the 'package' library")
    const pre = tabGetStr(H, H.vU[2 * ps], strFromJS(H, 'preload'))
    if (pre < 0 || H.vU[2 * pre + 1] !== TAG_TAB) throw new Error('package.preload is missing')
    const preload = H.vU[2 * pre]
    const names = Object.keys(mods)
    for (let i = 0; i < names.length; i++) {
      const m = mods[names[i]]
      let f: number
      if (typeof m === 'string') {
        try {
          f = loadBuffer(E.L, enc.encode(m), '@' + names[i])
        } catch (e) {
          if (e instanceof LoadError) throw errorFromLoad(E, e, '@' + names[i])
          throw e
        }
      } else {
        f = jsFnClosure(E, () => m(this))
      }
      const d = tabSetStr(H, preload, strFromJS(H, names[i]))
      H.vU[2 * d] = f; H.vU[2 * d + 1] = TAG_FUNC
    }
  }
}

/** Compile [src] as a file named [chunkname] ("@name" or "=stdin"): a
 *  first line starting with '#' is skipped, as lua's loadfile does. For
 *  the CLI; throws LuaSyntaxError. */
export function engineLoadFile(lua: LuaEngine, src: Uint8Array, chunkname: string): LuaFunction {
  const E = lua.core
  if (E.closed) throw new Error('LuaEngine is closed')
  let p
  try {
    p = compile(src, chunkname, { skipShebang: true })
  } catch (e) {
    if (e instanceof LuaCompileError) throw errorFromLoad(E, new LoadError(e.message, e.line, e.column), chunkname)
    throw e
  }
  const f = fnNewLua(E.H, protoLoad(E.H, p), E.H.globals)
  return handleOf(E, TAG_FUNC, f) as LuaFunction
}
