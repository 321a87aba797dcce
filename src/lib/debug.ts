// The debug library (ldblib): getinfo, locals, upvalues, raw metatables,
// environments, the registry, hooks, traceback and the debug.debug REPL.
//
// Frames are found with the VM's frame walker (src/vm/debug.ts): level 0 is
// the running debug function, 1 its caller and so on. Another coroutine's
// frames are read by pointing L at its saved base/top/pc for the duration
// of the walk (enterThread/leaveThread); nothing allocates meanwhile. A
// coroutine that never ran, finished normally, or is "normal" (it resumed
// another one: its position lives in JS locals of that resume) shows no
// frames; one killed by an error keeps them (coroutine.ts).
//
// Tail calls: levels count 5.1's "(tail call)" records (src/vm/debug.ts
// frameAt, from the count a Lua tail call leaves in the replaced frame's
// link). Differences from 5.1 that come from the VM (LuaJIT-style frames):
//   - a host function called in tail position replaces its caller's frame,
//     so `return debug.getinfo(1, "n")` names the caller's caller (as
//     LuaJIT);
//   - local slots are the n-th active locals' registers, temporaries up to
//     the next frame's function slot ("(*temporary)"); vararg functions
//     without `...` have the implicit `arg` local (src/vm/compat.ts).
//
// Hooks: sethook/gethook install per-thread hooks that the VM calls
// (src/vm/hook.ts): call, return, line and count events as in 5.1.
import {
  TAG_NIL, TAG_STR, TAG_TAB, TAG_FUNC, TAG_UDATA, TAG_THREAD, TAG_TRUE, TAG_FALSE, TAG_NUMX,
  PAYLOAD_NONE, tagTypeIndex, tagTypeName,
} from '../../soa/value'
import { strFromJS, strToJS, sbReset, sbPutStr, sbPutJS, sbToStr } from '../rt/str'
import { tabNew, tabSetInt, tabSetStr, tabGetInt, tabGetStr } from '../rt/tab'
import { str2d, str2dRes } from '../rt/numparse'
import { uvClose } from '../rt/func'
import { chunkId } from '../front/chunkid'
import {
  argCount, argTag, argError, typeError, checkAny, checkInt, checkStr, optStr, pushNil, pushBool,
  pushNum, pushObj, pushSlot, pushRoom, pushJS, setFunc, setField,
} from '../vm/aux'
import {
  luaError, frameAt, frameProto, levelPc, levelTail, pcLine, funcNameOfFrame, nameOut, traceback,
} from '../vm/debug'
import { vmCall } from '../vm/call'
import { loadBuffer, LoadError } from '../vm/load'
import { toLuaThrow } from '../vm/unwind'
import { LuaThrow } from '../vm/error'
import { numToStr } from '../rt/numfmt'
import { outFlush, CO_SUSPENDED, CO_DEAD, type LuaState } from '../vm/state'
import { hostOf } from './hostio'
import { thEnvGet, thEnvSet } from '../vm/compat'
import { hookSet, hookGet, hookSethookReturn, HOOK_CALL, HOOK_RET, HOOK_LINE, HOOK_COUNT } from '../vm/hook'
import { packageSetLoaded, packageSyncLoaded } from './package'

// -- Threads --------------------------------------------------------------------

/** Out-value of threadArg: index of the first argument after the thread. */
let argBase = 0

/** The thread an optional first argument names (5.1 getthread). */
function threadArg(L: LuaState): number {
  if (argTag(L, 0) === TAG_THREAD) { argBase = 1; return L.H.vU[2 * L.base] }
  argBase = 0
  return L.th
}

/** Saved view of the running thread while another one is inspected. */
const saved = { th: 0, base: 0, top: 0, pc: 0, end: 0 }

/** Point L at thread [co]'s frames; false if it has none to show. */
function enterThread(L: LuaState, co: number): boolean {
  const H = L.H
  saved.th = L.th; saved.base = L.base; saved.top = L.top; saved.pc = L.pc; saved.end = L.stackEnd
  if (co === L.th) return true
  const errDead = H.thStatus[co] === CO_DEAD && H.thAux0[co] === 2 // died by an error: frames kept
  if ((H.thStatus[co] !== CO_SUSPENDED || H.thAux0[co] === 0) && !errDead) return false
  L.th = co
  L.base = H.thBase[co]
  L.top = H.thTop[co]
  L.pc = H.thPc[co]
  L.stackEnd = H.thStack[co] + H.thSize[co]
  return true
}

/** Undo enterThread. */
function leaveThread(L: LuaState): void {
  L.th = saved.th; L.base = saved.base; L.top = saved.top; L.pc = saved.pc; L.stackEnd = saved.end
}

// -- getinfo ----------------------------------------------------------------------

/** What getinfo found, as JS values (filled while L may point elsewhere). */
interface Info {
  fn: number // closure id
  source: string
  shortSrc: string
  lineDefined: number
  lastLineDefined: number
  what: string
  currentLine: number
  nups: number
  name: string | null
  nameWhat: string
  lines: number[] | null // active lines (Lua functions)
}

const info: Info = {
  fn: 0, source: '', shortSrc: '', lineDefined: 0, lastLineDefined: 0, what: '', currentLine: -1,
  nups: 0, name: null, nameWhat: '', lines: null,
}

/** Fill the function fields of info for closure [fn]. */
function infoFunc(L: LuaState, fn: number, wantLines: boolean): void {
  const H = L.H
  const p = H.fnProto[fn]
  info.fn = fn
  info.nups = H.fnNuv[fn]
  info.lines = null
  if (p === 0) {
    info.source = '=[C]'; info.shortSrc = '[C]'
    info.lineDefined = -1; info.lastLineDefined = -1; info.what = 'C'
    return
  }
  const cn = H.ptDebug[p].chunkname
  info.source = cn
  info.shortSrc = chunkId(cn)
  const first = H.ptFirstLine[p]
  info.lineDefined = first
  info.lastLineDefined = first === 0 ? 0 : first + H.ptNumLine[p]
  info.what = first === 0 ? 'main' : 'Lua'
  if (wantLines) {
    const lines: number[] = []
    const b0 = H.ptBc[p], n = H.ptSizeBc[p]
    for (let i = 1; i < n; i++) lines.push(H.bcLine[b0 + i])
    // 5.1 always ends a function with a RETURN on its last line.
    if (first !== 0) lines.push(info.lastLineDefined)
    info.lines = lines
  }
}

/** Fill info for the frame at base [b] with current pc [pc]. */
function infoFrame(L: LuaState, b: number, pc: number, wantLines: boolean): void {
  if (L.H.vU[2 * (b - 2) + 1] === TAG_FUNC) infoFunc(L, L.H.vU[2 * (b - 2)], wantLines)
  else { infoTailcall(); info.source = '=[C]'; info.shortSrc = '[C]'; info.what = 'C'; info.name = null } // (corpusb) the bottom frame holds no closure
  info.currentLine = frameProto(L, b) !== 0 && pc >= 0 ? pcLine(L, pc) : -1
  const kind = funcNameOfFrame(L, b)
  info.name = null
  info.nameWhat = ''
  if (kind === 'for iterator') { info.name = '(for generator)'; info.nameWhat = 'local' }
  else if (kind !== null && kind !== 'metamethod') { info.name = nameOut; info.nameWhat = kind }
}

/** Fill info for 5.1's "lost tail call" (what lua_getstack finds at a
 *  negative level): no function. */
function infoTailcall(): void {
  info.fn = 0
  info.source = '=(tail call)'; info.shortSrc = '(tail call)'
  info.lineDefined = -1; info.lastLineDefined = -1; info.currentLine = -1
  info.what = 'tail'; info.nups = 0; info.name = ''; info.nameWhat = ''
  info.lines = null
}

/** Set string field [k] of [t] (nothing for null, as lua_pushstring(NULL)). */
function setStr(L: LuaState, t: number, k: string, v: string | null): void {
  if (v !== null) setField(L, t, k, TAG_STR, strFromJS(L.H, v))
}

/** Set number field [k] of [t]. */
function setNum(L: LuaState, t: number, k: string, v: number): void {
  const H = L.H
  const d = tabSetStr(H, t, strFromJS(H, k))
  H.vF[d] = v
}

/** debug.getinfo([thread,] f | level [, what]) */
function dbGetinfo(L: LuaState): number {
  const H = L.H
  const co = threadArg(L)
  const a = argBase
  const optId = optStr(L, a + 1, -1)
  const opts = optId < 0 ? 'flnSu' : strToJS(H, optId)
  const t = argTag(L, a)
  let isLevel = t < TAG_NUMX
  if (t === TAG_STR && isNumStr(L, a)) isLevel = true
  if (isLevel) {
    const level = checkInt(L, a)
    if (!enterThread(L, co)) { pushNil(L); return 1 }
    if (level < 0) infoTailcall()
    else {
      const b = frameAt(L, level)
      if (b === 0) { leaveThread(L); pushNil(L); return 1 }
      if (levelTail) infoTailcall()
      else infoFrame(L, b, levelPc, opts.indexOf('L') >= 0)
    }
    leaveThread(L)
  } else if (t === TAG_FUNC) {
    infoFunc(L, H.vU[2 * (L.base + a)], opts.indexOf('L') >= 0)
    info.currentLine = -1
    info.name = null
    info.nameWhat = ''
  } else argError(L, a, 'function or level expected')
  for (let i = 0; i < opts.length; i++) {
    if ('SlunLf'.indexOf(opts.charAt(i)) < 0) argError(L, a + 1, 'invalid option')
  }
  const r = tabNew(H, 0, 2)
  pushObj(L, TAG_TAB, r)
  if (opts.indexOf('S') >= 0) {
    setStr(L, r, 'source', info.source)
    setStr(L, r, 'short_src', info.shortSrc)
    setNum(L, r, 'linedefined', info.lineDefined)
    setNum(L, r, 'lastlinedefined', info.lastLineDefined)
    setStr(L, r, 'what', info.what)
  }
  if (opts.indexOf('l') >= 0) setNum(L, r, 'currentline', info.currentLine)
  if (opts.indexOf('u') >= 0) setNum(L, r, 'nups', info.nups)
  if (opts.indexOf('n') >= 0) {
    setStr(L, r, 'name', info.name)
    setStr(L, r, 'namewhat', info.nameWhat)
  }
  if (opts.indexOf('L') >= 0 && info.lines !== null) {
    const lt = tabNew(H, 0, 0)
    setField(L, r, 'activelines', TAG_TAB, lt)
    for (let i = 0; i < info.lines.length; i++) {
      const d = tabSetInt(H, lt, info.lines[i])
      H.vU[2 * d] = PAYLOAD_NONE; H.vU[2 * d + 1] = TAG_TRUE
    }
  }
  if (opts.indexOf('f') >= 0 && info.fn !== 0) setField(L, r, 'func', TAG_FUNC, info.fn)
  return 1
}

// -- Locals -----------------------------------------------------------------------

/** Name of the [n]-th (1-based) active local of proto [p] at [pc], or null. */
function localName(L: LuaState, p: number, pc: number, n: number): string | null {
  const H = L.H
  const rel = pc - H.ptBc[p]
  const vi = H.ptDebug[p].varinfo
  const pcs = vi.pcs
  for (let i = 0; i < vi.names.length; i++) {
    if (pcs[2 * i] > rel) break
    if (rel < pcs[2 * i + 1] && --n === 0) return vi.names[i]
  }
  return null
}

/** Out-value of findLocal: the arena slot of the local found. */
let localSlot = 0

/** Name of local [n] of the frame at [level] (L pointing at its thread),
 *  its slot in localSlot; null if none. Raises for a bad level. */
function findLocal(L: LuaState, level: number, n: number, argi: number): string | null {
  const b = level >= 0 ? frameAt(L, level) : 0
  if (b === 0) { leaveThread(L); argError(L, argi, 'level out of range') }
  if (levelTail) return null // a lost tail call has no locals
  const pc = levelPc
  const p = frameProto(L, b)
  let name: string | null = null
  if (p !== 0 && pc >= 0 && n > 0) name = localName(L, p, pc, n)
  if (name === null) {
    // Temporaries reach up to the function slot of the frame above.
    const limit = level > 0 ? frameAt(L, level - 1) - 2 : L.top
    if (n > 0 && b + n - 1 < limit) name = '(*temporary)'
  }
  localSlot = b + n - 1
  return name
}

/** (corpusb) "level out of range" for argument [argi] unless [level] of [co]
 *  exists; 5.1 checks it before the local index and the value. */
function levelCheck(L: LuaState, co: number, level: number, argi: number): void {
  const ok = enterThread(L, co) && level >= 0 && frameAt(L, level) !== 0
  leaveThread(L)
  if (!ok) argError(L, argi, 'level out of range')
}

/** debug.getlocal([thread,] level, n) */
function dbGetlocal(L: LuaState): number {
  const co = threadArg(L)
  const a = argBase
  const level = checkInt(L, a)
  levelCheck(L, co, level, a)
  const n = checkInt(L, a + 1)
  if (!enterThread(L, co)) argError(L, a, 'level out of range')
  const name = findLocal(L, level, n, a)
  const U = L.H.vU
  const hi = name !== null ? U[2 * localSlot + 1] : TAG_NIL, lo = name !== null ? U[2 * localSlot] : 0
  leaveThread(L)
  if (name === null) { pushNil(L); return 1 }
  pushJS(L, name)
  pushObj(L, hi, lo)
  return 2
}

/** debug.setlocal([thread,] level, n, value) */
function dbSetlocal(L: LuaState): number {
  const co = threadArg(L)
  const a = argBase
  const level = checkInt(L, a)
  levelCheck(L, co, level, a)
  checkAny(L, a + 2)
  const n = checkInt(L, a + 1)
  const v = L.base + a + 2
  const U = L.H.vU
  const hi = U[2 * v + 1], lo = U[2 * v]
  if (!enterThread(L, co)) argError(L, a, 'level out of range')
  const name = findLocal(L, level, n, a)
  if (name !== null) { U[2 * localSlot] = lo; U[2 * localSlot + 1] = hi }
  leaveThread(L)
  if (name === null) pushNil(L)
  else pushJS(L, name)
  return 1
}

// -- Upvalues ---------------------------------------------------------------------

/** Slot and name of upvalue [n] (1-based) of Lua closure [f]: slot in
 *  localSlot, name returned (null if out of range or a host closure). */
function upvalue(L: LuaState, f: number, n: number): string | null {
  const H = L.H
  const nuv = H.fnNuv[f]
  if (n < 1 || n > nuv) return null
  const p = H.fnProto[f]
  if (p === 0) return null // 5.1: "cannot touch C upvalues from Lua"
  const uv = H.fnUvIds[H.fnUv[f] + n - 1]
  localSlot = H.uvSlot[uv]
  const names = H.ptDebug[p].uvnames
  return n - 1 < names.length ? names[n - 1] : ''
}

/** debug.getupvalue(f, n) */
function dbGetupvalue(L: LuaState): number {
  if (argTag(L, 0) !== TAG_FUNC) typeError(L, 0, 'function')
  const n = checkInt(L, 1)
  const name = upvalue(L, L.H.vU[2 * L.base], n)
  if (name === null) return 0
  const s = localSlot
  pushJS(L, name)
  pushSlot(L, s)
  return 2
}

/** debug.setupvalue(f, n, value) */
function dbSetupvalue(L: LuaState): number {
  checkAny(L, 2)
  if (argTag(L, 0) !== TAG_FUNC) typeError(L, 0, 'function')
  const n = checkInt(L, 1)
  const name = upvalue(L, L.H.vU[2 * L.base], n)
  if (name === null) return 0
  const U = L.H.vU, v = L.base + 2
  U[2 * localSlot] = U[2 * v]; U[2 * localSlot + 1] = U[2 * v + 1]
  pushJS(L, name)
  return 1
}

// -- Metatables, environments, registry ---------------------------------------------

/** debug.getmetatable(v): the raw metatable. */
function dbGetmetatable(L: LuaState): number {
  checkAny(L, 0)
  const H = L.H
  const hi = argTag(L, 0), lo = H.vU[2 * L.base]
  const mt = hi === TAG_TAB ? H.tabMeta[lo] : hi === TAG_UDATA ? H.udMeta[lo] : H.typeMeta[tagTypeIndex(hi)]
  if (mt === 0) pushNil(L)
  else pushObj(L, TAG_TAB, mt)
  return 1
}

/** debug.setmetatable(v, mt): values of every type; returns true as 5.1. */
function dbSetmetatable(L: LuaState): number {
  const H = L.H
  const t = argTag(L, 1)
  if ((t !== TAG_NIL && t !== TAG_TAB) || argCount(L) < 2) argError(L, 1, 'nil or table expected')
  const mt = t === TAG_TAB ? H.vU[2 * (L.base + 1)] : 0
  const hi = argTag(L, 0), lo = H.vU[2 * L.base]
  if (hi === TAG_TAB) H.tabMeta[lo] = mt
  else if (hi === TAG_UDATA) H.udMeta[lo] = mt
  else if (hi === TAG_TRUE || hi === TAG_FALSE) {
    H.typeMeta[tagTypeIndex(TAG_TRUE)] = mt
    H.typeMeta[tagTypeIndex(TAG_FALSE)] = mt
  } else H.typeMeta[tagTypeIndex(hi)] = mt
  pushBool(L, true)
  return 1
}

/** debug.getfenv(o) */
function dbGetfenv(L: LuaState): number {
  checkAny(L, 0)
  const H = L.H
  const hi = argTag(L, 0), lo = H.vU[2 * L.base]
  if (hi === TAG_FUNC) pushObj(L, TAG_TAB, H.fnEnv[lo])
  else if (hi === TAG_UDATA) pushObj(L, TAG_TAB, H.udEnv[lo])
  else if (hi === TAG_THREAD) pushObj(L, TAG_TAB, thEnvGet(L, lo))
  else pushNil(L)
  return 1
}

/** debug.setfenv(o, t) */
function dbSetfenv(L: LuaState): number {
  const H = L.H
  if (argTag(L, 1) !== TAG_TAB) typeError(L, 1, 'table')
  const t = H.vU[2 * (L.base + 1)]
  const hi = argTag(L, 0), lo = H.vU[2 * L.base]
  if (hi === TAG_FUNC) H.fnEnv[lo] = t
  else if (hi === TAG_UDATA) H.udEnv[lo] = t
  else if (hi === TAG_THREAD) thEnvSet(L, lo, t)
  else luaError(L, "'setfenv' cannot change environment of given object")
  pushSlot(L, L.base)
  return 1
}

/** debug.getregistry() */
function dbGetregistry(L: LuaState): number {
  pushObj(L, TAG_TAB, L.H.registry)
  return 1
}

// -- Hooks ------------------------------------------------------------------------

/** debug.sethook([thread,] [hook, mask [, count]]) */
function dbSethook(L: LuaState): number {
  const H = L.H
  const co = threadArg(L)
  const a = argBase
  const t = argTag(L, a)
  if (a >= argCount(L) || t === TAG_NIL) {
    hookSet(L, co, 0, 0, 0)
    return 0
  }
  const maskId = checkStr(L, a + 1)
  if (t !== TAG_FUNC) typeError(L, a, 'function')
  const count = argTag(L, a + 2) === TAG_NIL || a + 2 >= argCount(L) ? 0 : checkInt(L, a + 2)
  const ms = strToJS(H, maskId)
  let mask = 0
  if (ms.indexOf('c') >= 0) mask |= HOOK_CALL
  if (ms.indexOf('r') >= 0) mask |= HOOK_RET
  if (ms.indexOf('l') >= 0) mask |= HOOK_LINE
  if (count > 0) mask |= HOOK_COUNT
  hookSet(L, co, H.vU[2 * (L.base + a)], mask, count > 0 ? count : 0)
  if (co === L.th) hookSethookReturn(L)
  return 0
}

/** debug.gethook([thread]) */
function dbGethook(L: LuaState): number {
  const co = threadArg(L)
  const r = hookGet(L, co)
  pushRoom(L, 3)
  if (r === undefined) { pushNil(L); pushJS(L, ''); pushNum(L, 0); return 3 }
  let ms = ''
  if ((r.mask & HOOK_CALL) !== 0) ms += 'c'
  if ((r.mask & HOOK_RET) !== 0) ms += 'r'
  if ((r.mask & HOOK_LINE) !== 0) ms += 'l'
  pushObj(L, TAG_FUNC, r.fn)
  pushJS(L, ms)
  pushNum(L, r.count)
  return 3
}

// -- traceback and debug.debug -------------------------------------------------------

/** debug.traceback([thread,] [message [, level]]) */
// (corpusb) Argument handling as 5.1's db_errorfb, which works on the stack
// as it is: a numeric level pops the LAST argument; every argument left from
// the message on is concatenated before the "\n" (extra arguments show up, a
// nil or table among them raises "attempt to concatenate"); a negative level
// gives one "(tail call): ?" line per level below 0, then level 0 on.
function dbTraceback(L: LuaState): number {
  const H = L.H
  const co = threadArg(L)
  const a = argBase
  let n = argCount(L)
  let level = co === L.th ? 1 : 0
  const lt = argTag(L, a + 1)
  if (a + 1 < n && (lt < TAG_NUMX || (lt === TAG_STR && isNumStr(L, a + 1)))) {
    level = checkInt(L, a + 1)
    n--
  }
  if (n > a) {
    const mt = argTag(L, a)
    if (mt !== TAG_STR && !(mt < TAG_NUMX)) { pushSlot(L, L.base + n - 1); return 1 }
    for (let i = a + 1; i < n; i++) {
      const t = argTag(L, i)
      if (t !== TAG_STR && !(t < TAG_NUMX)) {
        const m = 'attempt to concatenate a ' + tagTypeName(t) + ' value'
        throw new LuaThrow(TAG_STR, strFromJS(H, m), m)
      }
    }
  }
  let tb = 'stack traceback:'
  if (enterThread(L, co)) {
    if (level >= 0) tb = traceback(L, level)
    else tb = tb + '\n\t(tail call): ?'.repeat(-level) + traceback(L, 0).slice(tb.length)
    leaveThread(L)
  }
  sbReset(H)
  for (let i = a; i < n; i++) {
    if (argTag(L, i) === TAG_STR) sbPutStr(H, H.vU[2 * (L.base + i)])
    else sbPutJS(H, numToStr(H.vF[L.base + i]))
  }
  if (n > a) sbPutJS(H, '\n')
  sbPutJS(H, tb)
  pushObj(L, TAG_STR, sbToStr(H))
  return 1
}

/** Is argument [i] a string convertible to a number? */
function isNumStr(L: LuaState, i: number): boolean {
  const H = L.H
  const id = H.vU[2 * (L.base + i)]
  str2d(H.strData, H.strOff[id], H.strLen[id])
  return str2dRes.ok
}

/** Run [fnSlot]'s closure protected from host code; the error message or
 *  null. Restores the stack on error (a host-side pcall). */
function hostPcall(L: LuaState, f: number): string | null {
  const H = L.H
  const sb = H.thStack[L.th]
  const fRel = f - sb, baseRel = L.base - sb, pc = L.pc, th = L.th
  try {
    vmCall(L, f, 0)
    L.top = H.thStack[L.th] + fRel
    return null
  } catch (e) {
    const err = toLuaThrow(L, e)
    L.th = th
    const sb2 = H.thStack[th]
    uvClose(H, th, sb2 + fRel)
    L.base = sb2 + baseRel
    L.top = sb2 + fRel
    L.pc = pc
    L.stackEnd = sb2 + H.thSize[th]
    return err.hi === TAG_STR ? strToJS(H, err.lo) : err.message
  }
}

/** debug.debug(): read and run lines from stdin until "cont". */
function dbDebug(L: LuaState): number {
  const host = hostOf(L)
  const buf = new Uint8Array(250)
  for (;;) {
    outFlush(L)
    L.writeErr(new TextEncoder().encode('lua_debug> '))
    // fgets(buffer, 250, stdin)
    let n = 0
    while (n < 249) {
      const k = host.stdin.read(buf, n, 1, -1)
      if (k === 0) break
      n++
      if (buf[n - 1] === 10) break
    }
    if (n === 0) return 0
    const line = buf.slice(0, n)
    if (n === 5 && new TextDecoder().decode(line) === 'cont\n') return 0
    let err: string | null
    try {
      const fn = loadBuffer(L, line, '=(debug command)')
      const f = L.top
      pushRoom(L, 2)
      pushObj(L, TAG_FUNC, fn)
      pushNil(L)
      err = hostPcall(L, L.top - 2)
      L.top = f
    } catch (e) {
      if (!(e instanceof LoadError)) throw e
      err = e.message
    }
    if (err !== null) L.writeErr(new TextEncoder().encode(err + '\n'))
  }
}

// -- Opening ------------------------------------------------------------------------

/** Open the debug library (last of the standard ones: also fills
 *  package.loaded with the libraries opened before it). */
export function openDebug(L: LuaState): void {
  const H = L.H
  const t = tabNew(H, 0, 14)
  setFunc(L, t, 'debug', dbDebug)
  setFunc(L, t, 'getfenv', dbGetfenv)
  setFunc(L, t, 'gethook', dbGethook)
  setFunc(L, t, 'getinfo', dbGetinfo)
  setFunc(L, t, 'getlocal', dbGetlocal)
  setFunc(L, t, 'getregistry', dbGetregistry)
  setFunc(L, t, 'getmetatable', dbGetmetatable)
  setFunc(L, t, 'getupvalue', dbGetupvalue)
  setFunc(L, t, 'setfenv', dbSetfenv)
  setFunc(L, t, 'sethook', dbSethook)
  setFunc(L, t, 'setlocal', dbSetlocal)
  setFunc(L, t, 'setmetatable', dbSetmetatable)
  setFunc(L, t, 'setupvalue', dbSetupvalue)
  setFunc(L, t, 'traceback', dbTraceback)
  setField(L, H.globals, 'debug', TAG_TAB, t)
  packageSetLoaded(L, 'debug', TAG_TAB, t)
  packageSyncLoaded(L)
}
