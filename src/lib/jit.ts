// The jit library: LuaJIT's `jit` module (on, off, flush, status, attach,
// security, version, version_num, os, arch) and `jit.opt` (start).
//
// There is no JIT compiler behind it yet. The functions keep the engine's
// JIT settings in a JitLibState, one per LuaState (jitLibState(L)), which
// the tracing JIT will read:
//
//   on       JIT_F_ON: jit.on() / jit.off() of the whole engine
//   flags    JIT_F_OPT_* optimisation bits in LuaJIT's order (ORDER OPT)
//   param    JIT_P_* parameters (hotloop, maxtrace, ...), LuaJIT's defaults
//   flushes  incremented by every jit.flush() and jit.off(): the JIT drops
//            all traces when it sees a new value
//
// Per-function modes (jit.on/off/flush(func|true [, recursive])) set or
// clear PROTO_NOJIT in H.ptFlags of the function's prototype (and of all
// children prototypes when the second argument is a boolean: true = the
// function and its children, false = only the children), as
// luaJIT_setmode does. jit.attach(f [, event]) keeps handlers in the
// registry table "_VMEVENTS" (event name -> function); attach without an
// event detaches f from every event.
//
// jit.opt.start accepts LuaJIT's syntax: a level "0".."9" (0, 1, 2, 3 and
// above all mean level 3), a flag "fold" / "+fold" / "-fold" / "nofold" /
// "no-fold", or a parameter "hotloop=56"; no argument restores the default
// flags. Anything else raises "unknown or malformed optimization flag".
//
// Identity: jit.version = "LuaJIT 2.1.0-tracelua", version_num = 20100 (so
// version checks written for LuaJIT 2.1 pass), jit.os from the host
// platform ("Linux", "OSX", "Windows", "BSD", "POSIX" or "Other") and
// jit.arch from the host CPU ("x64", "arm64", "x86", ...). jit.status()
// lists only the optimisation flags: this engine has no CPU feature flags.
// jit.util and jit.profile are absent.
import {
  TAG_NIL, TAG_TRUE, TAG_FALSE, TAG_STR, TAG_TAB, TAG_FUNC, TAG_PROTO, TAG_NUMX,
} from '../../soa/value'
import { PROTO_NOJIT, PROTO_CHILD } from '../../soa/proto'
import { tabNew, tabGetStr, tabNext, tabSetStr } from '../rt/tab'
import { strFromJS, strToJS } from '../rt/str'
import {
  argCount, argTag, argError, checkNum, checkStr, optStr, typeError,
  pushBool, pushJS, pushRoom, setFunc, setField, setFieldNum,
} from '../vm/aux'
import { luaError, frameUp } from '../vm/debug'
import type { LuaState } from '../vm/state'
import { packageSetLoaded } from './package'

// -- Flags and parameters (LuaJIT's lj_jit.h) -------------------------------------

/** Optimisation flags. ORDER OPT: bit i is JIT_OPT_NAMES[i]. */
export enum JitOpt {
  fold, cse, dce, fwd, dse, narrow, loop, abc, sink, fuse, fma,
  _MAX,
}
type JitOptName = Exclude<keyof typeof JitOpt, '_MAX'>
const JIT_OPT_NAMES: readonly JitOptName[] = [
  'fold', 'cse', 'dce', 'fwd', 'dse', 'narrow', 'loop', 'abc', 'sink', 'fuse', 'fma',
]
const F = (o: JitOpt): number => 1 << o
/** Flags of the optimisation levels 0..3 (fma is never on by default). */
export const JIT_OPT_0 = 0
export const JIT_OPT_1 = F(JitOpt.fold) | F(JitOpt.cse) | F(JitOpt.dce)
export const JIT_OPT_2 = JIT_OPT_1 | F(JitOpt.narrow) | F(JitOpt.loop)
export const JIT_OPT_3 = JIT_OPT_2 | F(JitOpt.fwd) | F(JitOpt.dse) | F(JitOpt.abc) |
  F(JitOpt.sink) | F(JitOpt.fuse)
export const JIT_OPT_DEFAULT = JIT_OPT_3

/** Engine parameters (JIT_P_*). ORDER PARAM: index into JitLibState.param. */
export enum JitParam {
  maxtrace, maxrecord, maxirconst, maxside, maxsnap, minstitch,
  hotloop, hotexit, tryside,
  instunroll, loopunroll, callunroll, recunroll,
  sizemcode, maxmcode,
  _MAX,
}
type JitParamName = Exclude<keyof typeof JitParam, '_MAX'>
/** Defaults, LuaJIT's JIT_PARAMDEF. */
const JIT_PARAM_DEFAULT: { readonly [K in JitParamName]: number } = {
  maxtrace: 1000, // max. number of traces in the cache
  maxrecord: 4000, // max. number of recorded IR instructions
  maxirconst: 500, // max. number of IR constants of a trace
  maxside: 100, // max. number of side traces of a root trace
  maxsnap: 500, // max. number of snapshots of a trace
  minstitch: 0, // min. number of IR instructions of a stitched trace
  hotloop: 56, // iterations to detect a hot loop or call
  hotexit: 10, // taken exits to start a side trace
  tryside: 4, // attempts to compile a side trace
  instunroll: 4, // max. unroll of unstable loops
  loopunroll: 15, // max. unroll of loop ops in side traces
  callunroll: 3, // max. unroll of recursive calls
  recunroll: 2, // min. unroll of true recursion
  sizemcode: 64, // size of each machine code area (KB)
  maxmcode: 2048, // max. total machine code size (KB)
}
const SIZEMCODE_MAX = (1 << 21) - 64 // KB: x64 jump range 2^31

/** The JIT settings of one engine. */
export interface JitLibState {
  on: boolean
  flags: number // JitOpt bits
  param: Int32Array // indexed by JitParam
  flushes: number // bumped by every full flush
}

/** Default settings: JIT on, level 3, LuaJIT's parameters. */
export function jitLibStateNew(): JitLibState {
  const param = new Int32Array(JitParam._MAX)
  for (let i = 0; i < JitParam._MAX; i++) param[i] = JIT_PARAM_DEFAULT[JitParam[i] as JitParamName]
  return { on: true, flags: JIT_OPT_DEFAULT, param, flushes: 0 }
}

const states = new WeakMap<LuaState, JitLibState>()

/** The JIT settings of engine [L] (created on first use). */
export function jitLibState(L: LuaState): JitLibState {
  let J = states.get(L)
  if (J === undefined) { J = jitLibStateNew(); states.set(L, J) }
  return J
}

// -- jit.on / off / flush -------------------------------------------------------------

const MODE_ON = 0, MODE_OFF = 1, MODE_FLUSH = 2

/** Set PROTO_NOJIT of proto [pt] for [mode] (flush has no proto state). */
function setProtoMode(L: LuaState, pt: number, mode: number): void {
  if (mode === MODE_ON) L.H.ptFlags[pt] &= ~PROTO_NOJIT
  else if (mode === MODE_OFF) L.H.ptFlags[pt] |= PROTO_NOJIT
}

/** Apply [mode] to every child prototype of [pt], recursively. */
function setProtoModeAll(L: LuaState, pt: number, mode: number): void {
  const H = L.H
  if ((H.ptFlags[pt] & PROTO_CHILD) === 0) return
  const k = H.ptKgc[pt], n = H.ptNkgc[pt]
  for (let i = 0; i < n; i++) {
    if (H.vU[2 * (k + i) + 1] !== TAG_PROTO) continue
    const child = H.vU[2 * (k + i)]
    setProtoMode(L, child, mode)
    setProtoModeAll(L, child, mode)
  }
}

/** Proto of the Lua function calling the running host function, or 0. */
function callerProto(L: LuaState): number {
  const H = L.H
  const b = frameUp(L, L.base)
  if (b <= 0 || H.vU[2 * (b - 2) + 1] !== TAG_FUNC) return 0
  return H.fnProto[H.vU[2 * (b - 2)]]
}

/** jit.on/off/flush([nil] | func|true [, bool]): LuaJIT's setjitmode. */
function setJitMode(L: LuaState, mode: number): number {
  const H = L.H
  const J = jitLibState(L)
  const t0 = argTag(L, 0)
  if (t0 === TAG_NIL) {
    if (mode === MODE_ON) J.on = true
    else {
      if (mode === MODE_OFF) J.on = false
      J.flushes++
    }
    return 0
  }
  let pt = 0
  if (t0 === TAG_FUNC) pt = H.fnProto[H.vU[2 * L.base]]
  else if (t0 === TAG_PROTO) pt = H.vU[2 * L.base]
  else if (t0 === TAG_TRUE) pt = callerProto(L)
  if (pt === 0) typeError(L, 0, 'function')
  const t1 = argTag(L, 1)
  if (t1 === TAG_TRUE || t1 === TAG_FALSE) {
    if (t1 === TAG_TRUE) setProtoMode(L, pt, mode) // ALLFUNC, else ALLSUBFUNC
    setProtoModeAll(L, pt, mode)
  } else setProtoMode(L, pt, mode)
  return 0
}

/** jit.on(...) */
function jitOn(L: LuaState): number {
  return setJitMode(L, MODE_ON)
}

/** jit.off(...) */
function jitOff(L: LuaState): number {
  return setJitMode(L, MODE_OFF)
}

/** jit.flush(...) / jit.flush(traceno) */
function jitFlush(L: LuaState): number {
  if (argCount(L) > 0 && argTag(L, 0) < TAG_NUMX) {
    checkNum(L, 0) // a trace number: no traces exist yet
    return 0
  }
  return setJitMode(L, MODE_FLUSH)
}

/** jit.status(): on/off, then the enabled optimisation flags. */
function jitStatus(L: LuaState): number {
  const J = jitLibState(L)
  pushRoom(L, JitOpt._MAX + 1)
  pushBool(L, J.on)
  let n = 1
  for (let o = 0; o < JitOpt._MAX; o++) {
    if ((J.flags & (1 << o)) !== 0) { pushJS(L, JIT_OPT_NAMES[o]); n++ }
  }
  return n
}

/** jit.security(mode): LuaJIT's security level of prng, strhash, strid
 *  or mcode; 1 each, LuaJIT's default build (LJ_SECURITY_MODE 0x55). */
function jitSecurity(L: LuaState): number {
  const s = strToJS(L.H, checkStr(L, 0))
  if (s !== 'prng' && s !== 'strhash' && s !== 'strid' && s !== 'mcode') {
    argError(L, 0, "invalid option '" + s + "'")
  }
  L.H.vF[L.top++] = 1
  return 1
}

/** The registry table of VM event handlers, created on demand. */
function vmevents(L: LuaState): number {
  const H = L.H
  const k = strFromJS(H, '_VMEVENTS')
  const s = tabGetStr(H, H.registry, k)
  if (s >= 0 && H.vU[2 * s + 1] === TAG_TAB) return H.vU[2 * s]
  const t = tabNew(H, 0, 0)
  const d = tabSetStr(H, H.registry, k) // may grow H.vU: reload
  H.vU[2 * d] = t; H.vU[2 * d + 1] = TAG_TAB
  return t
}

/** jit.attach(f [, event]): register f for event, or detach it. */
function jitAttach(L: LuaState): number {
  const H = L.H
  if (argTag(L, 0) !== TAG_FUNC) typeError(L, 0, 'function')
  const ev = optStr(L, 1, -1)
  const t = vmevents(L)
  const fn = H.vU[2 * L.base]
  if (ev >= 0) {
    const d = tabSetStr(H, t, ev) // may grow H.vU: reload
    H.vU[2 * d] = fn; H.vU[2 * d + 1] = TAG_FUNC
    return 0
  }
  pushRoom(L, 3)
  const ks = L.top
  L.top += 3
  H.vU[2 * ks] = 0xffffffff; H.vU[2 * ks + 1] = TAG_NIL
  while (tabNext(H, t, ks, ks) > 0) {
    if (H.vU[2 * (ks + 1) + 1] === TAG_FUNC && H.vU[2 * (ks + 1)] === fn && H.vU[2 * ks + 1] === TAG_STR) {
      const d = tabGetStr(H, t, H.vU[2 * ks])
      H.vU[2 * d] = 0xffffffff; H.vU[2 * d + 1] = TAG_NIL
    }
  }
  L.top = ks
  return 0
}

// -- jit.opt.start ------------------------------------------------------------------

/** Apply a level "0".."9"; false if [s] is not one. */
function optLevel(J: JitLibState, s: string): boolean {
  if (s.length !== 1 || s < '0' || s > '9') return false
  const lv = s === '0' ? JIT_OPT_0 : s === '1' ? JIT_OPT_1 : s === '2' ? JIT_OPT_2 : JIT_OPT_3
  J.flags = lv
  return true
}

/** Apply a flag "[+|-|no|no-]name"; false if [s] is not one. */
function optFlag(J: JitLibState, s: string): boolean {
  let set = true
  if (s.startsWith('+')) s = s.slice(1)
  else if (s.startsWith('-')) { s = s.slice(1); set = false }
  else if (s.startsWith('no')) { s = s.slice(s.charCodeAt(2) === 45 ? 3 : 2); set = false }
  for (let o = 0; o < JitOpt._MAX; o++) {
    if (JIT_OPT_NAMES[o] !== s) continue
    if (set) J.flags |= 1 << o
    else J.flags &= ~(1 << o)
    return true
  }
  return false
}

/** Apply a parameter "name=digits"; false if [s] is not one. */
function optParam(J: JitLibState, s: string): boolean {
  const eq = s.indexOf('=')
  if (eq < 0) return false
  const name = s.slice(0, eq), digits = s.slice(eq + 1)
  for (let i = 0; i < JitParam._MAX; i++) {
    if (JitParam[i] !== name) continue
    let n = 0
    for (let k = 0; k < digits.length; k++) {
      const c = digits.charCodeAt(k)
      if (c < 48 || c > 57) return false // malformed number
      n = (n * 10 + (c - 48)) >>> 0
    }
    if (i === JitParam.sizemcode) { // whole 4 KB pages, within the jump range
      n = (n + 3) & ~3
      if (n > SIZEMCODE_MAX) n = SIZEMCODE_MAX
    }
    J.param[i] = n
    return true
  }
  return false
}

/** jit.opt.start(...) */
function jitOptStart(L: LuaState): number {
  const J = jitLibState(L)
  const n = argCount(L)
  if (n === 0) { J.flags = JIT_OPT_DEFAULT; return 0 }
  for (let i = 0; i < n; i++) {
    const s = strToJS(L.H, checkStr(L, i))
    if (!optLevel(J, s) && !optFlag(J, s) && !optParam(J, s)) {
      luaError(L, "unknown or malformed optimization flag '" + s + "'")
    }
  }
  return 0
}

// -- Registration ---------------------------------------------------------------------

/** LuaJIT's name of the host OS. */
function hostOs(): string {
  switch (process.platform) {
    case 'linux': return 'Linux'
    case 'darwin': return 'OSX'
    case 'win32': return 'Windows'
    case 'freebsd': case 'openbsd': case 'netbsd': return 'BSD'
    case 'aix': case 'sunos': case 'android': return 'POSIX'
    default: return 'Other'
  }
}

/** LuaJIT's name of the host CPU architecture. */
function hostArch(): string {
  switch (process.arch) {
    case 'x64': return 'x64'
    case 'ia32': return 'x86'
    case 'arm64': return 'arm64'
    case 'arm': return 'arm'
    case 'mips': return 'mips'
    case 'mipsel': return 'mipsel'
    default: return 'js'
  }
}

/** The jit.version string. */
export const JIT_VERSION = 'LuaJIT 2.1.0-tracelua'
/** The jit.version_num value (LuaJIT 2.1.0). */
export const JIT_VERSION_NUM = 20100

/** Open the jit library (global `jit`, with the jit.opt submodule). */
export function openJit(L: LuaState): void {
  const H = L.H
  states.set(L, jitLibStateNew())
  const t = tabNew(H, 0, 16)
  setField(L, H.globals, 'jit', TAG_TAB, t)
  setFunc(L, t, 'on', jitOn)
  setFunc(L, t, 'off', jitOff)
  setFunc(L, t, 'flush', jitFlush)
  setFunc(L, t, 'status', jitStatus)
  setFunc(L, t, 'attach', jitAttach)
  setFunc(L, t, 'security', jitSecurity)
  setField(L, t, 'version', TAG_STR, strFromJS(H, JIT_VERSION))
  setFieldNum(L, t, 'version_num', JIT_VERSION_NUM)
  setField(L, t, 'os', TAG_STR, strFromJS(H, hostOs()))
  setField(L, t, 'arch', TAG_STR, strFromJS(H, hostArch()))
  const opt = tabNew(H, 0, 2)
  setField(L, t, 'opt', TAG_TAB, opt)
  setFunc(L, opt, 'start', jitOptStart)
  packageSetLoaded(L, 'jit', TAG_TAB, t)
  packageSetLoaded(L, 'jit.opt', TAG_TAB, opt)
}
