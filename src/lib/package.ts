// The package library (loadlib.c): require, module, package.path/cpath,
// package.loaded/preload/loaders, seeall, loadlib; LuaJIT's preloaded
// "table.new" / "table.clear" (table.ts's functions, installed into the
// table library when required) and bit/jit in package.loaded.
//
// As in 5.1, the package table is the environment of require, module and
// the four loaders (they read package.loaders, .preload, .path, .cpath
// from it, so reassigning the global `package` changes nothing), and the
// loaded-modules table lives in the registry as _LOADED (package.loaded is
// the same table). require marks a module being loaded with a sentinel
// userdata, which turns recursion and earlier failures into "loop or
// previous error loading module".
//
// Loaders: preload, the Lua file searcher over package.path, and the two C
// searchers over package.cpath. This VM cannot load C modules, so the C
// searchers behave like a 5.1 built without dlopen: they search, list
// "no file" lines exactly as lua5.1 does, and fail with 5.1's "dynamic
// libraries not enabled" message when a file exists. Files are probed and
// read through the host (hostio.ts).
//
// Standard libraries register themselves in _LOADED when this library
// exposes packageSetLoaded before they open; the ones opened earlier or by
// other files are picked up from the globals by packageSyncLoaded (run by
// the debug library's opener and at the first require/module).
import {
  TAG_NIL, TAG_FALSE, TAG_STR, TAG_TAB, TAG_FUNC, TAG_UDATA, TAG_TRUE, TAG_NUMX, PAYLOAD_NONE,
} from '../../soa/value'
import { strFromJS, strBytes, sbReset, sbPutStr, sbPutJS, sbPutByte, sbToStr } from '../rt/str'
import { tabNew, tabGetStr, tabGetInt, tabSetStr, tabSetInt } from '../rt/tab'
import { udNew } from '../rt/udata'
import { numToStrBits } from '../rt/numfmt'
import {
  argCount, checkStr, checkTab, pushNil, pushObj, pushSlot, pushRoom, pushJS,
  setFunc, setField,
} from '../vm/aux'
import { luaError, where, frameAt, frameProto } from '../vm/debug'
import { LuaThrow } from '../vm/error'
import { vmCall } from '../vm/call'
import { loadBuffer, LoadError } from '../vm/load'
import type { LuaState } from '../vm/state'
import type { Heap } from '../rt/heap'
import { hostOf, hostInstallHooks } from './hostio'
import { pushFieldId } from './io_aux'
import { tableNewFn, tableClearFn } from './table'

/** lua5.1's compiled-in search paths (Debian build). */
export const LUA_PATH_DEFAULT = './?.lua;/usr/local/share/lua/5.1/?.lua;' +
  '/usr/local/share/lua/5.1/?/init.lua;/usr/local/lib/lua/5.1/?.lua;' +
  '/usr/local/lib/lua/5.1/?/init.lua;/usr/share/lua/5.1/?.lua;/usr/share/lua/5.1/?/init.lua'
export const LUA_CPATH_DEFAULT = './?.so;/usr/local/lib/lua/5.1/?.so;' +
  '/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;/usr/lib/lua/5.1/?.so;/usr/local/lib/lua/5.1/loadall.so'

const DLMSG = 'dynamic libraries not enabled; check your Lua installation'

// Module names, paths and messages are handled as binary JS strings (one
// char per byte) so that names with arbitrary bytes come back unchanged in
// messages, keys and chunk names; only host paths are decoded (as UTF-8,
// like io and os do).

/** Bytes of string [id] as a binary JS string. */
function binOf(H: Heap, id: number): string {
  const b = strBytes(H, id)
  let s = ''
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i])
  return s
}

/** Intern binary JS string [s]. */
function binStr(H: Heap, s: string): number {
  sbReset(H)
  for (let i = 0; i < s.length; i++) sbPutByte(H, s.charCodeAt(i) & 255)
  return sbToStr(H)
}

const utf8 = new TextDecoder()

/** Host path for binary string [s] (its bytes read as UTF-8). */
function hostPath(s: string): string {
  const b = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 255
  return utf8.decode(b)
}

/** luaError with a binary message: "chunk:line: " + [msg], bytes kept. */
function binError(L: LuaState, msg: string): never {
  const full = where(L, 1) + msg
  throw new LuaThrow(TAG_STR, binStr(L.H, full), full)
}

/** Libraries picked up into _LOADED from the globals (LuaJIT adds bit, jit). */
const STD_LIBS = ['coroutine', 'table', 'io', 'os', 'string', 'math', 'debug', 'bit', 'jit']

/** Per-state package data. */
interface PkgState {
  pkg: number // the package table
  sentinel: number // userdata marking modules being loaded
  synced: boolean // packageSyncLoaded ran at a require
}

const states = new WeakMap<LuaState, PkgState>()

// -- _LOADED ------------------------------------------------------------------

/** The registry's _LOADED table (created if missing). */
function loadedTable(L: LuaState): number {
  const H = L.H
  const k = strFromJS(H, '_LOADED')
  const s = tabGetStr(H, H.registry, k)
  if (s >= 0 && H.vU[2 * s + 1] === TAG_TAB) return H.vU[2 * s]
  const t = tabNew(H, 0, 16)
  setField(L, H.registry, '_LOADED', TAG_TAB, t)
  return t
}

/** _LOADED[name] = (tag, id): a library registering itself. */
export function packageSetLoaded(L: LuaState, name: string, tag: number, id: number): void {
  setField(L, loadedTable(L), name, tag, id)
}

/** Register every standard library table found in the globals that is
 *  not in _LOADED yet (libraries opened without packageSetLoaded). */
export function packageSyncLoaded(L: LuaState): void {
  const H = L.H
  const loaded = loadedTable(L)
  for (let i = 0; i < STD_LIBS.length; i++) {
    const k = strFromJS(H, STD_LIBS[i])
    const cur = tabGetStr(H, loaded, k)
    if (cur >= 0 && H.vU[2 * cur + 1] !== TAG_NIL) continue
    const g = tabGetStr(H, H.globals, k)
    if (g < 0 || H.vU[2 * g + 1] !== TAG_TAB) continue
    const d = tabSetStr(H, loaded, k)
    H.vU[2 * d] = H.vU[2 * g]; H.vU[2 * d + 1] = TAG_TAB
  }
}

/** The package data of [L]. */
function pkgState(L: LuaState): PkgState {
  const s = states.get(L)
  if (s === undefined) luaError(L, 'package library not open')
  return s
}

/** The package table: the running function's environment. */
function pkgEnv(L: LuaState): number {
  const H = L.H
  return H.fnEnv[H.vU[2 * (L.base - 2)]]
}

// -- Calls --------------------------------------------------------------------

/** Call the value at L.base+[fr] with the [n] values at L.base+[ar]..;
 *  push its first result (nil if none). */
function callRel1(L: LuaState, fr: number, ar: number, n: number): void {
  pushRoom(L, n + 3)
  const H = L.H, f = L.top, b = L.base
  const U = H.vU
  U[2 * f] = U[2 * (b + fr)]; U[2 * f + 1] = U[2 * (b + fr) + 1]
  for (let i = 0; i < n; i++) {
    U[2 * (f + 2 + i)] = U[2 * (b + ar + i)]; U[2 * (f + 2 + i) + 1] = U[2 * (b + ar + i) + 1]
  }
  const k = vmCall(L, f, n)
  const r = L.top - k
  if (k === 0) { H.vU[2 * r] = PAYLOAD_NONE; H.vU[2 * r + 1] = TAG_NIL }
  L.top = r + 1
}

/** Raw t[k] = value at slot [v] for string id [k]. */
function rawSetStr(L: LuaState, t: number, k: number, v: number): void {
  const H = L.H
  const vRel = v - L.base
  const d = tabSetStr(H, t, k)
  const s = L.base + vRel
  H.vU[2 * d] = H.vU[2 * s]; H.vU[2 * d + 1] = H.vU[2 * s + 1]
}

// -- Searching ----------------------------------------------------------------

/** Can [path] be opened for reading (5.1's readable)? */
function readable(L: LuaState, path: string): boolean {
  try {
    hostOf(L).open(hostPath(path), 'r').close()
    return true
  } catch {
    return false
  }
}

/** Out-value of findFile: the "\n\tno file '...'" lines. */
let findErr = ''

/** Search package.[pname] for module [name]; the file name or null. */
function findFile(L: LuaState, name: string, pname: string): string | null {
  const H = L.H
  const sub = name.split('.').join('/')
  pushFieldId(L, pkgEnv(L), strFromJS(H, pname))
  const s = L.top - 1
  const hi = H.vU[2 * s + 1]
  let path: string
  if (hi === TAG_STR) path = binOf(H, H.vU[2 * s])
  else if (hi < TAG_NUMX) path = numToStrBits(hi, H.vU[2 * s])
  else luaError(L, "'package." + pname + "' must be a string")
  L.top--
  findErr = ''
  const templates = path.split(';')
  for (let i = 0; i < templates.length; i++) {
    if (templates[i] === '') continue
    const file = templates[i].split('?').join(sub)
    if (readable(L, file)) return file
    findErr += "\n\tno file '" + file + "'"
  }
  return null
}

/** Raise 5.1's loaderror for module [name] found in [file]. */
function loadError(L: LuaState, name: string, file: string, msg: string): never {
  binError(L, "error loading module '" + name + "' from file '" + file + "':\n\t" + msg)
}

/** loader 1: package.preload[name]. */
function loaderPreload(L: LuaState): number {
  const H = L.H
  const nameId = checkStr(L, 0)
  pushFieldId(L, pkgEnv(L), strFromJS(H, 'preload'))
  const p = L.top - 1
  if (H.vU[2 * p + 1] !== TAG_TAB) luaError(L, "'package.preload' must be a table")
  pushFieldId(L, H.vU[2 * p], nameId)
  if (H.vU[2 * (L.top - 1) + 1] !== TAG_NIL) return 1
  sbReset(H)
  sbPutJS(H, "\n\tno field package.preload['")
  sbPutStr(H, nameId)
  sbPutJS(H, "']")
  pushObj(L, TAG_STR, sbToStr(H))
  return 1
}

/** loader 2: a Lua file on package.path. */
function loaderLua(L: LuaState): number {
  const name = binOf(L.H, checkStr(L, 0))
  const file = findFile(L, name, 'path')
  if (file === null) { pushObj(L, TAG_STR, binStr(L.H, findErr)); return 1 }
  let bytes = hostOf(L).readFile(hostPath(file))
  if (bytes === null) loadError(L, name, file, 'cannot read ' + file)
  if (bytes.length > 0 && bytes[0] === 35) bytes = skipFirstLine(bytes) // '#'
  try {
    pushObj(L, TAG_FUNC, loadBuffer(L, bytes, '@' + file))
  } catch (e) {
    if (!(e instanceof LoadError)) throw e
    loadError(L, name, file, e.message)
  }
  return 1
}

/** luaL_loadfile's "#" line skip: drop the first line, keep its newline. */
function skipFirstLine(b: Uint8Array): Uint8Array {
  const nl = b.indexOf(10)
  return nl < 0 ? new Uint8Array(0) : b.subarray(nl)
}

/** loader 3: a C library on package.cpath (never loadable here). */
function loaderC(L: LuaState): number {
  const name = binOf(L.H, checkStr(L, 0))
  const file = findFile(L, name, 'cpath')
  if (file === null) { pushObj(L, TAG_STR, binStr(L.H, findErr)); return 1 }
  loadError(L, name, file, DLMSG)
}

/** loader 4: the root of a dotted name on package.cpath. */
function loaderCroot(L: LuaState): number {
  const name = binOf(L.H, checkStr(L, 0))
  const dot = name.indexOf('.')
  if (dot < 0) return 0
  const file = findFile(L, name.slice(0, dot), 'cpath')
  if (file === null) { pushObj(L, TAG_STR, binStr(L.H, findErr)); return 1 }
  loadError(L, name, file, DLMSG)
}

// -- require / module -----------------------------------------------------------

/** require(name) */
function pkgRequire(L: LuaState): number {
  const H = L.H
  const nameId = checkStr(L, 0)
  const ps = pkgState(L)
  if (!ps.synced) { ps.synced = true; packageSyncLoaded(L) }
  L.top = L.base + 1
  const loaded = loadedTable(L)
  pushObj(L, TAG_TAB, loaded) // base+1: _LOADED (keeps it reachable)
  pushFieldId(L, loaded, nameId) // base+2
  const v = L.top - 1
  const vt = H.vU[2 * v + 1]
  if (vt !== TAG_NIL && vt !== TAG_FALSE) { // truthy: already there
    if (vt === TAG_UDATA && H.vU[2 * v] === ps.sentinel) {
      binError(L, "loop or previous error loading module '" + binOf(H, nameId) + "'")
    }
    return 1
  }
  L.top--
  pushFieldId(L, pkgEnv(L), strFromJS(H, 'loaders')) // base+2
  if (H.vU[2 * (L.base + 2) + 1] !== TAG_TAB) luaError(L, "'package.loaders' must be a table")
  const msgs: number[] = []
  for (let i = 1; ; i++) {
    const loaders = H.vU[2 * (L.base + 2)]
    const s = tabGetInt(H, loaders, i)
    if (s < 0 || H.vU[2 * s + 1] === TAG_NIL) {
      sbReset(H)
      sbPutJS(H, "module '")
      sbPutStr(H, nameId)
      sbPutJS(H, "' not found:")
      for (let j = 0; j < msgs.length; j++) sbPutStr(H, msgs[j])
      const m = sbToStr(H)
      binError(L, binOf(H, m))
    }
    pushSlot(L, s) // base+3: the loader
    callRel1(L, 3, 0, 1) // base+4: its result
    const r = L.top - 1
    const rt = H.vU[2 * r + 1]
    if (rt === TAG_FUNC) break
    if (rt === TAG_STR) msgs.push(H.vU[2 * r])
    else if (rt < TAG_NUMX) msgs.push(strFromJS(H, numToStrBits(rt, H.vU[2 * r])))
    L.top -= 2
  }
  // base+4 holds the module's loader function.
  pushObj(L, TAG_UDATA, ps.sentinel)
  rawSetStr(L, loaded, nameId, L.top - 1)
  L.top--
  callRel1(L, 4, 0, 1) // base+5: the module's value
  if (H.vU[2 * (L.top - 1) + 1] !== TAG_NIL) rawSetStr(L, loaded, nameId, L.top - 1)
  L.top--
  const s = tabGetStr(H, loaded, nameId)
  const isSentinel = s >= 0 && H.vU[2 * s + 1] === TAG_UDATA && H.vU[2 * s] === ps.sentinel
  if (!isSentinel) {
    if (s >= 0) pushSlot(L, s)
    else pushNil(L)
    return 1
  }
  const d = tabSetStr(H, loaded, nameId)
  H.vU[2 * d] = PAYLOAD_NONE; H.vU[2 * d + 1] = TAG_TRUE
  pushObj(L, TAG_TRUE, PAYLOAD_NONE)
  return 1
}

/** luaL_findtable over the globals: the table at dotted [name], created
 *  as needed; -1 when a non-table value is in the way. */
function findTable(L: LuaState, name: string): number {
  const H = L.H
  let t = H.globals
  const parts = name.split('.')
  for (let i = 0; i < parts.length; i++) {
    const k = binStr(H, parts[i])
    const s = tabGetStr(H, t, k)
    if (s < 0 || H.vU[2 * s + 1] === TAG_NIL) {
      const nt = tabNew(H, 0, i + 1 < parts.length ? 1 : 0)
      const d = tabSetStr(H, t, k)
      H.vU[2 * d] = nt; H.vU[2 * d + 1] = TAG_TAB
      t = nt
    } else if (H.vU[2 * s + 1] !== TAG_TAB) return -1
    else t = H.vU[2 * s]
  }
  return t
}

/** module(name [, ...]) */
function pkgModule(L: LuaState): number {
  const H = L.H
  const nameId = checkStr(L, 0)
  const name = binOf(H, nameId)
  const ps = pkgState(L)
  if (!ps.synced) { ps.synced = true; packageSyncLoaded(L) }
  const n = argCount(L)
  const loaded = loadedTable(L)
  pushObj(L, TAG_TAB, loaded) // base+n
  pushFieldId(L, loaded, nameId) // base+n+1
  if (H.vU[2 * (L.top - 1) + 1] !== TAG_TAB) {
    L.top--
    const t = findTable(L, name)
    if (t < 0) binError(L, "name conflict for module '" + name + "'")
    pushObj(L, TAG_TAB, t)
    rawSetStr(L, loaded, nameId, L.top - 1)
  }
  const mod = H.vU[2 * (L.top - 1)]
  pushFieldId(L, mod, strFromJS(H, '_NAME'))
  const named = H.vU[2 * (L.top - 1) + 1] !== TAG_NIL
  L.top--
  if (!named) {
    setField(L, mod, '_M', TAG_TAB, mod)
    setField(L, mod, '_NAME', TAG_STR, nameId)
    const dot = name.lastIndexOf('.')
    setField(L, mod, '_PACKAGE', TAG_STR, binStr(H, dot < 0 ? '' : name.slice(0, dot + 1)))
  }
  // The calling Lua function gets the module as its environment.
  const b = frameAt(L, 1)
  if (b === 0 || frameProto(L, b) === 0) luaError(L, "'module' not called from a Lua function")
  H.fnEnv[H.vU[2 * (b - 2)]] = mod
  // Options: each remaining argument is called with the module.
  for (let i = 1; i < n; i++) {
    callRel1(L, i, n + 1, 1)
    L.top--
  }
  return 0
}

/** package.seeall(module) */
function pkgSeeall(L: LuaState): number {
  const H = L.H
  const t = checkTab(L, 0)
  let mt = H.tabMeta[t]
  if (mt === 0) {
    mt = tabNew(H, 0, 1)
    H.tabMeta[t] = mt
  }
  setField(L, mt, '__index', TAG_TAB, H.globals)
  return 0
}

/** package.loadlib(path, init): always "absent" here. */
function pkgLoadlib(L: LuaState): number {
  checkStr(L, 0)
  checkStr(L, 1)
  pushNil(L)
  pushJS(L, DLMSG)
  pushJS(L, 'absent')
  return 3
}

// -- LuaJIT extras ----------------------------------------------------------------

/** The table library's table (for table.new / table.clear), or 0. */
function tableLib(L: LuaState): number {
  const H = L.H
  const k = strFromJS(H, 'table')
  let s = tabGetStr(H, loadedTable(L), k)
  if (s < 0 || H.vU[2 * s + 1] !== TAG_TAB) s = tabGetStr(H, H.globals, k)
  return s >= 0 && H.vU[2 * s + 1] === TAG_TAB ? H.vU[2 * s] : 0
}

/** Preload a function [fn] as table.[field] and return it. */
function preloadTableFn(L: LuaState, field: string, fn: (L: LuaState) => number): number {
  let t = tableLib(L)
  if (t === 0) t = tabNew(L.H, 0, 1)
  const f = setFunc(L, t, field, fn)
  pushObj(L, TAG_FUNC, f)
  return 1
}

/** package.preload["table.new"] */
function preloadTableNew(L: LuaState): number {
  return preloadTableFn(L, 'new', tableNewFn)
}

/** package.preload["table.clear"] */
function preloadTableClear(L: LuaState): number {
  return preloadTableFn(L, 'clear', tableClearFn)
}

// -- Opening --------------------------------------------------------------------

/** The value of search path [envName]: the environment's (";;" = the
 *  default) or [def]. */
function searchPath(L: LuaState, envName: string, def: string): string {
  const v = hostOf(L).env(envName)
  if (v === null) return def
  return v.split(';;').join(';\u0001;').split('\u0001').join(def)
}

/** Set package.path / package.cpath from the host environment. */
function setPaths(L: LuaState, pkg: number): void {
  const H = L.H
  setField(L, pkg, 'path', TAG_STR, strFromJS(H, searchPath(L, 'LUA_PATH', LUA_PATH_DEFAULT)))
  setField(L, pkg, 'cpath', TAG_STR, strFromJS(H, searchPath(L, 'LUA_CPATH', LUA_CPATH_DEFAULT)))
}

/** Open the package library (and require/module in the globals). */
export function openPackage(L: LuaState): void {
  const H = L.H
  const loaded = loadedTable(L)
  setField(L, loaded, '_G', TAG_TAB, H.globals)
  const pkg = tabNew(H, 0, 2)
  setField(L, H.globals, 'package', TAG_TAB, pkg)
  setField(L, loaded, 'package', TAG_TAB, pkg)
  H.fnEnv[setFunc(L, pkg, 'loadlib', pkgLoadlib)] = pkg
  H.fnEnv[setFunc(L, pkg, 'seeall', pkgSeeall)] = pkg
  const loaders = tabNew(H, 4, 0)
  const fns = [loaderPreload, loaderLua, loaderC, loaderCroot]
  const names = ['loader_preload', 'loader_Lua', 'loader_C', 'loader_Croot']
  for (let i = 0; i < fns.length; i++) {
    const tmp = tabNew(H, 0, 1)
    const f = setFunc(L, tmp, names[i], fns[i])
    H.fnEnv[f] = pkg
    const d = tabSetInt(H, loaders, i + 1)
    H.vU[2 * d] = f; H.vU[2 * d + 1] = TAG_FUNC
  }
  setField(L, pkg, 'loaders', TAG_TAB, loaders)
  setPaths(L, pkg)
  setField(L, pkg, 'config', TAG_STR, strFromJS(H, '/\n;\n?\n!\n-'))
  setField(L, pkg, 'loaded', TAG_TAB, loaded)
  const preload = tabNew(H, 0, 2)
  setField(L, pkg, 'preload', TAG_TAB, preload)
  setFunc(L, preload, 'table.new', preloadTableNew)
  setFunc(L, preload, 'table.clear', preloadTableClear)
  H.fnEnv[setFunc(L, H.globals, 'module', pkgModule)] = pkg
  H.fnEnv[setFunc(L, H.globals, 'require', pkgRequire)] = pkg
  // The sentinel: a userdata only require knows, kept alive by the registry.
  const sentinel = udNew(H, 0, 0)
  setField(L, H.registry, '_LOADSENTINEL', TAG_UDATA, sentinel)
  states.set(L, { pkg, sentinel, synced: false })
}

// A newly installed host brings its own LUA_PATH / LUA_CPATH.
hostInstallHooks.push((L: LuaState) => {
  const s = states.get(L)
  if (s !== undefined) setPaths(L, s.pkg)
})
