// The base library (lbaselib): print, type, tostring, tonumber, pcall,
// error, metatables, raw access, iteration, select/unpack, loading, fenvs,
// collectgarbage, newproxy.
//
// pcall and xpcall are registered here but never run as host functions:
// vmPrecall recognises their closure ids and builds a pcall frame instead,
// so errors unwind without JS recursion and coroutines may yield across
// them (LuaJIT semantics).
import {
  TAG_NIL, TAG_FALSE, TAG_TRUE, TAG_STR, TAG_TAB, TAG_FUNC, TAG_UDATA, TAG_NUMX,
  TYPE_NAMES, tagTypeIndex,
} from '../../soa/value'
import { MM } from '../../soa/bc'
import { FL_FIXED } from '../../soa/heap'
import { strFromJS, strToJS, strBytes, strIntern } from '../rt/str'
import { bytesToBin, binToBytes, lexErrAtEof } from '../front/lex'
import { compile } from '../front/parse'
import { LuaCompileError } from '../front/error'
import { tabGetKey, tabSetKey, tabNext, tabGetInt, tabGetStr, tabNew, tabSetInt, tabLen as tabLenRaw } from '../rt/tab'
import { udNew } from '../rt/udata'
import { gcCollect, gcStep, gcCount, gcStop, gcRestart } from '../rt/gc'
import { str2d, str2dBase, str2dRes } from '../rt/numparse'
import {
  argCount, argTag, argError, typeError, checkAny, checkInt, checkStr, optInt, optStr, checkTab,
  pushNil, pushBool, pushNum, pushObj, pushSlot, pushRoom, pushJS, toStringSlot, toStringMeta, throwSlot,
  setFunc, setField, hostClosure, toStringRaw,
} from '../vm/aux'
import { luaError, where, frameAt, levelTail } from '../vm/debug'
import { LuaThrow } from '../vm/error'
import { vmCall } from '../vm/call'
import { loadBuffer, LoadError } from '../vm/load'
import { runFinalizers } from '../vm/gcfin'
import { toLuaThrow } from '../vm/unwind'
import { uvClose } from '../rt/func'
import { outWrite, type LuaState } from '../vm/state'

const TAB_BYTE = new Uint8Array([9])
const NL_BYTE = new Uint8Array([10])

/** print(...): tostring each argument through the global tostring. */
function basePrint(L: LuaState): number {
  const H = L.H
  const n = argCount(L)
  const tsKey = strFromJS(H, 'tostring')
  const ts = tabGetStr(H, H.globals, tsKey)
  const builtin = ts >= 0 && H.vU[2 * ts + 1] === TAG_FUNC && H.vU[2 * ts] === L.tostringFn
  for (let i = 0; i < n; i++) {
    let id: number
    const s = L.base + i
    if (builtin && H.vU[2 * s + 1] === TAG_STR) id = H.vU[2 * s]
    else if (builtin) {
      if (toStringMeta(L, s)) {
        const r = --L.top
        const hi = H.vU[2 * r + 1]
        if (hi === TAG_STR) id = H.vU[2 * r]
        else if (hi < TAG_NUMX) id = toStringSlot(L, r)
        else luaError(L, "'tostring' must return a string to 'print'")
      } else id = strFromJS(H, toStringRaw(L, H.vU[2 * s + 1], H.vU[2 * s]))
    } else {
      if (ts < 0 || H.vU[2 * ts + 1] === TAG_NIL) luaError(L, "attempt to call a nil value")
      const f = L.top
      pushRoom(L, 4)
      const U = H.vU
      U[2 * f] = U[2 * ts]; U[2 * f + 1] = U[2 * ts + 1]
      U[2 * (f + 2)] = U[2 * (L.base + i)]; U[2 * (f + 2) + 1] = U[2 * (L.base + i) + 1]
      const nr = vmCall(L, f, 1)
      const r = L.top - nr
      L.top = f
      const U2 = H.vU
      if (nr === 0 || U2[2 * r + 1] !== TAG_STR) {
        if (nr > 0 && U2[2 * r + 1] < TAG_NUMX) id = toStringSlot(L, r)
        else luaError(L, "'tostring' must return a string to 'print'")
      } else id = U2[2 * r]
    }
    // fputs: the string ends at its first NUL byte, as in lua5.1.
    const off = H.strOff[id]
    let len = H.strLen[id]
    const nul = H.strData.subarray(off, off + len).indexOf(0)
    if (nul >= 0) len = nul
    if (i > 0) outWrite(L, TAB_BYTE, 0, 1) // corpusa: after the conversion, as lua5.1
    outWrite(L, H.strData, off, len)
  }
  outWrite(L, NL_BYTE, 0, 1)
  return 0
}

/** type(v) */
function baseType(L: LuaState): number {
  checkAny(L, 0)
  pushObj(L, TAG_STR, L.typeNames[tagTypeIndex(argTag(L, 0))])
  return 1
}

/** tostring(v) */
function baseTostring(L: LuaState): number {
  checkAny(L, 0)
  if (toStringMeta(L, L.base)) return 1
  const H = L.H
  const hi = H.vU[2 * L.base + 1]
  if (hi === TAG_STR) pushSlot(L, L.base)
  else pushJS(L, toStringRaw(L, hi, H.vU[2 * L.base]))
  return 1
}

/** tonumber(v [, base]) */
function baseTonumber(L: LuaState): number {
  const H = L.H
  const base = optInt(L, 1, 10)
  if (base === 10) {
    checkAny(L, 0)
    const s = L.base
    const hi = H.vU[2 * s + 1]
    if (hi < TAG_NUMX) { pushSlot(L, s); return 1 }
    if (hi === TAG_STR) {
      const id = H.vU[2 * s]
      const n = str2d(H.strData, H.strOff[id], H.strLen[id])
      if (str2dRes.ok) { pushNum(L, n); return 1 }
    }
    pushNil(L)
    return 1
  }
  const id = checkStr(L, 0)
  if (base < 2 || base > 36) argError(L, 1, 'base out of range')
  const n = str2dBase(H.strData, H.strOff[id], H.strLen[id], base)
  if (str2dRes.ok) pushNum(L, n)
  else pushNil(L)
  return 1
}

/** error(v [, level]) */
function baseError(L: LuaState): number {
  const H = L.H
  const level = optInt(L, 1, 1)
  if (argCount(L) === 0) pushNil(L)
  const s = L.base
  const hi = H.vU[2 * s + 1]
  if ((hi === TAG_STR || hi < TAG_NUMX) && level > 0) {
    const pos = where(L, level)
    if (pos !== '' || hi !== TAG_STR) { // corpusa: a number becomes a string even with no position
      const msg = pos + (hi === TAG_STR ? strToJS(H, H.vU[2 * s]) : toStringRaw(L, hi, H.vU[2 * s]))
      throw new LuaThrow(TAG_STR, strFromJS(H, msg), msg)
    }
  }
  throwSlot(L, s)
}

/** assert(v [, msg, ...]) */
function baseAssert(L: LuaState): number {
  checkAny(L, 0)
  if (argTag(L, 0) < TAG_FALSE) return argCount(L)
  const m = optStr(L, 1, -1)
  luaError(L, m < 0 ? 'assertion failed!' : strToJS(L.H, m))
}

/** getmetatable(v) */
function baseGetmetatable(L: LuaState): number {
  checkAny(L, 0)
  const H = L.H
  const hi = argTag(L, 0), lo = H.vU[2 * L.base]
  const mt = hi === TAG_TAB ? H.tabMeta[lo] : hi === TAG_UDATA ? H.udMeta[lo] : H.typeMeta[tagTypeIndex(hi)]
  if (mt === 0) { pushNil(L); return 1 }
  const s = tabGetStr(H, mt, H.mmName[MM.metatable])
  if (s >= 0 && H.vU[2 * s + 1] !== TAG_NIL) pushSlot(L, s)
  else pushObj(L, TAG_TAB, mt)
  return 1
}

/** setmetatable(t, mt) */
function baseSetmetatable(L: LuaState): number {
  const H = L.H
  const t = checkTab(L, 0)
  const mtTag = argTag(L, 1)
  if ((mtTag !== TAG_NIL && mtTag !== TAG_TAB) || argCount(L) < 2) argError(L, 1, 'nil or table expected') // corpusa: none is not nil
  const old = H.tabMeta[t]
  if (old !== 0) {
    const s = tabGetStr(H, old, H.mmName[MM.metatable])
    if (s >= 0 && H.vU[2 * s + 1] !== TAG_NIL) luaError(L, 'cannot change a protected metatable')
  }
  H.tabMeta[t] = mtTag === TAG_TAB ? H.vU[2 * (L.base + 1)] : 0
  pushSlot(L, L.base)
  return 1
}

/** rawequal(a, b) */
function baseRawequal(L: LuaState): number {
  checkAny(L, 0); checkAny(L, 1)
  const H = L.H, a = L.base, b = L.base + 1
  const ha = H.vU[2 * a + 1]
  const eq = ha < TAG_NUMX ? H.vU[2 * b + 1] < TAG_NUMX && H.vF[a] === H.vF[b]
    : ha === H.vU[2 * b + 1] && H.vU[2 * a] === H.vU[2 * b]
  pushBool(L, eq)
  return 1
}

/** rawget(t, k) */
function baseRawget(L: LuaState): number {
  const t = checkTab(L, 0)
  checkAny(L, 1)
  const s = tabGetKey(L.H, t, L.base + 1)
  if (s >= 0) pushSlot(L, s)
  else pushNil(L)
  return 1
}

/** rawset(t, k, v) */
function baseRawset(L: LuaState): number {
  const H = L.H
  const t = checkTab(L, 0)
  checkAny(L, 1); checkAny(L, 2)
  const d = tabSetKey(H, t, L.base + 1)
  if (d < 0) luaError(L, d === -1 ? 'table index is nil' : 'table index is NaN')
  const U = H.vU, v = L.base + 2
  U[2 * d] = U[2 * v]; U[2 * d + 1] = U[2 * v + 1]
  H.tabNomm[t] = 0
  pushSlot(L, L.base)
  return 1
}

/** select(n, ...) */
function baseSelect(L: LuaState): number {
  const n = argCount(L)
  const H = L.H
  if (argTag(L, 0) === TAG_STR) {
    const id = H.vU[2 * L.base]
    if (H.strLen[id] >= 1 && H.strData[H.strOff[id]] === 35) { pushNum(L, n - 1); return 1 } // corpusa: only the first char counts
  }
  let i = checkInt(L, 0)
  if (i < 0) i = n + i
  else if (i > n) i = n
  if (i < 1) argError(L, 0, 'index out of range')
  return n - i
}

/** unpack(t [, i [, j]]) */
function baseUnpack(L: LuaState): number {
  const H = L.H
  const t = checkTab(L, 0)
  const i = optInt(L, 1, 1)
  const j = argTag(L, 2) === TAG_NIL ? tabLenRaw(H, t) : checkInt(L, 2) // corpusa: lua_objlen's border, as lua5.1
  if (i > j) return 0
  const n = j - i + 1
  if (n >= 8000000 || n <= 0) luaError(L, 'too many results to unpack')
  pushRoom(L, n)
  for (let k = i; k <= j; k++) {
    const s = tabGetInt(H, t, k)
    if (s >= 0) pushSlot(L, s)
    else pushNil(L)
  }
  return n
}

/** next(t [, k]) */
function baseNext(L: LuaState): number {
  const H = L.H
  const t = checkTab(L, 0)
  if (argCount(L) < 2) pushNil(L)
  pushRoom(L, 2)
  const out = L.top
  L.top += 2
  const r = tabNext(H, t, L.base + 1, out)
  if (r < 0) luaError(L, "invalid key to 'next'")
  if (r === 0) { L.top = out; pushNil(L); return 1 }
  return 2
}

/** pairs(t) */
function basePairs(L: LuaState): number {
  checkTab(L, 0)
  pushObj(L, TAG_FUNC, L.nextFn)
  pushSlot(L, L.base)
  pushNil(L)
  return 3
}

/** The ipairs iterator. */
function ipairsAux(L: LuaState): number {
  const H = L.H
  const t = checkTab(L, 0)
  const i = checkInt(L, 1) + 1
  const s = tabGetInt(H, t, i)
  if (s < 0 || H.vU[2 * s + 1] === TAG_NIL) return 0
  pushNum(L, i)
  pushSlot(L, s)
  return 2
}

/** ipairs(t) */
function baseIpairs(L: LuaState): number {
  checkTab(L, 0)
  pushObj(L, TAG_FUNC, L.ipairsAuxFn)
  pushSlot(L, L.base)
  pushNum(L, 0)
  return 3
}

/** collectgarbage([opt [, arg]]) */
function baseCollectgarbage(L: LuaState): number {
  const H = L.H
  const optId = optStr(L, 0, -1)
  const opt = optId < 0 ? 'collect' : strToJS(H, optId)
  const arg = optInt(L, 1, 0)
  H.thTop[L.th] = L.top
  switch (opt) {
    case 'collect': gcCollect(H); runFinalizers(L); pushNum(L, 0); return 1
    case 'count': pushNum(L, gcCount(H)); return 1
    case 'step': { const done = gcStep(H, arg); runFinalizers(L); pushBool(L, done); return 1 }
    case 'setpause': { const old = H.gcPause; H.gcPause = arg; pushNum(L, old); return 1 }
    case 'setstepmul': { const old = H.gcStepMul; H.gcStepMul = arg; pushNum(L, old); return 1 }
    case 'stop': gcStop(H); pushNum(L, 0); return 1
    case 'restart': gcRestart(H); pushNum(L, 0); return 1
    default: argError(L, 0, "invalid option '" + opt + "'")
  }
}

/** gcinfo() */
function baseGcinfo(L: LuaState): number {
  pushNum(L, Math.floor(gcCount(L.H)))
  return 1
}

/** Push the result of loading [bytes] as [chunkname]: the function, or
 *  nil and the message. */
function pushLoaded(L: LuaState, bytes: Uint8Array, chunkname: string, skipShebang = false): number {
  try {
    const f = loadBuffer(L, bytes, chunkname, skipShebang)
    pushObj(L, TAG_FUNC, f)
    return 1
  } catch (e) {
    if (!(e instanceof LoadError)) throw e
    pushNil(L)
    pushBin(L, e.message)
    return 2
  }
}

/** Push binary string [s] (one char per byte, as compile's messages and
 *  chunk names) as the Lua string of those bytes. */
function pushBin(L: LuaState, s: string): void {
  const b = binToBytes(s)
  pushObj(L, TAG_STR, strIntern(L.H, b, 0, b.length))
}

/** Lua string [id] as a binary string (chunk names keep their bytes). */
function binName(L: LuaState, id: number): string {
  const b = strBytes(L.H, id)
  return bytesToBin(b, 0, b.length)
}

/** loadstring(s [, chunkname]) */
function baseLoadstring(L: LuaState): number {
  const H = L.H
  const s = checkStr(L, 0)
  const name = optStr(L, 1, s)
  return pushLoaded(L, strBytes(H, s).slice(), binName(L, name))
}

/** load(func [, chunkname]) */
function baseLoad(L: LuaState): number {
  const H = L.H
  if (argTag(L, 0) === TAG_STR) return baseLoadstring(L)
  if (argTag(L, 0) !== TAG_FUNC) typeError(L, 0, 'function')
  const name = optStr(L, 1, -1)
  const chunkname = name < 0 ? '=(load)' : binName(L, name)
  const parts: Uint8Array[] = []
  let total = 0
  let checkAt = 1
  for (;;) {
    const f = L.top
    pushRoom(L, 3)
    pushSlot(L, L.base)
    pushNil(L)
    const fRel = f - H.thStack[L.th], baseRel = L.base - H.thStack[L.th], pc = L.pc
    let n: number
    try {
      n = vmCall(L, f, 0)
    } catch (e) {
      // lua_load runs the reader protected: its error is load's message.
      const err = toLuaThrow(L, e)
      const sb = H.thStack[L.th]
      uvClose(H, L.th, sb + fRel)
      L.base = sb + baseRel
      L.top = sb + fRel
      L.pc = pc
      pushNil(L)
      pushObj(L, err.hi, err.lo)
      return 2
    }
    const r = L.top - n
    L.top = H.thStack[L.th] + fRel
    if (n === 0 || H.vU[2 * r + 1] === TAG_NIL) break
    const rhi = H.vU[2 * r + 1]
    if (rhi !== TAG_STR && rhi >= TAG_NUMX) { pushNil(L); pushJS(L, where(L, 1) + 'reader function must return a string'); return 2 } // corpusa: luaL_error's position
    const b = rhi === TAG_STR ? strBytes(H, H.vU[2 * r]) : new TextEncoder().encode(toStringRaw(L, rhi, H.vU[2 * r]))
    if (b.length === 0) break
    parts.push(b.slice())
    total += b.length
    // lua5.1 parses while it reads: the reader is not called again once a
    // syntax error is certain (found with input left after the scanner's
    // position). We parse the text read so far after every piece (then at
    // doubling counts, to stay linear for long readers).
    if (parts.length === checkAt) {
      if (checkAt >= 64) checkAt *= 2
      else checkAt++
      const early = earlyError(joinParts(parts, total), chunkname)
      if (early !== null) { pushNil(L); pushBin(L, early); return 2 }
    }
  }
  return pushLoaded(L, joinParts(parts, total), chunkname)
}

/** Concatenate [parts] ([total] bytes). */
function joinParts(parts: Uint8Array[], total: number): Uint8Array {
  const all = new Uint8Array(total)
  let o = 0
  for (let i = 0; i < parts.length; i++) { all.set(parts[i], o); o += parts[i].length }
  return all
}

/** The syntax error of the partial source [src] if no more input could
 *  change it (the scanner had not reached the end), else null. */
function earlyError(src: Uint8Array, chunkname: string): string | null {
  if (src.length > 0 && src[0] === 27) return null // binary chunk: wait for all of it
  try {
    compile(src, chunkname)
  } catch (e) {
    if (!(e instanceof LuaCompileError)) throw e
    if (!lexErrAtEof) return e.message
  }
  return null
}

/** loadfile([filename]) */
function baseLoadfile(L: LuaState): number {
  const H = L.H
  const nameId = optStr(L, 0, -1)
  const name = nameId < 0 ? '' : strToJS(H, nameId)
  const bytes = L.readFile(name)
  if (bytes === null) {
    pushNil(L)
    pushJS(L, 'cannot open ' + (nameId < 0 ? 'stdin' : name) + ': No such file or directory')
    return 2
  }
  return pushLoaded(L, bytes, nameId < 0 ? '=stdin' : '@' + name, true)
}

/** dofile([filename]) */
function baseDofile(L: LuaState): number {
  const H = L.H
  const nameId = optStr(L, 0, -1)
  const name = nameId < 0 ? '' : strToJS(H, nameId)
  const bytes = L.readFile(name)
  if (bytes === null) luaError(L, 'cannot open ' + (nameId < 0 ? 'stdin' : name) + ': No such file or directory')
  let f: number
  try {
    f = loadBuffer(L, bytes, nameId < 0 ? '=stdin' : '@' + name, true)
  } catch (e) {
    if (!(e instanceof LoadError)) throw e
    throw new LuaThrow(TAG_STR, strFromJS(H, e.message), e.message)
  }
  const base = L.top
  pushObj(L, TAG_FUNC, f)
  pushNil(L)
  const n = vmCall(L, base, 0)
  // Results are at L.top-n .. L.top-1: return them.
  return n
}

/** Function whose environment getfenv/setfenv address: argument [i] is a
 *  function or a level. Returns the closure id, or 0 for the thread. */
function envTarget(L: LuaState, i: number): number {
  const H = L.H
  if (argTag(L, i) === TAG_FUNC) return H.vU[2 * (L.base + i)]
  const level = optInt(L, i, 1)
  if (level < 0) argError(L, i, 'level must be non-negative')
  if (level === 0) return 0
  const b = frameAt(L, level)
  if (b === 0) argError(L, i, 'invalid level')
  if (levelTail) luaError(L, 'no function environment for tail call at level ' + level)
  return H.vU[2 * (b - 2)]
}

/** getfenv([f]) */
function baseGetfenv(L: LuaState): number {
  const H = L.H
  const f = envTarget(L, 0)
  pushObj(L, TAG_TAB, f === 0 ? H.globals : H.fnEnv[f])
  return 1
}

/** setfenv(f, t) */
function baseSetfenv(L: LuaState): number {
  const H = L.H
  const t = checkTab(L, 1)
  const f = envTarget(L, 0)
  if (f === 0) { H.globals = t; return 0 }
  if (H.fnProto[f] === 0) luaError(L, "'setfenv' cannot change environment of given object")
  H.fnEnv[f] = t
  pushObj(L, TAG_FUNC, f)
  return 1
}

/** newproxy([bool | proxy]) */
function baseNewproxy(L: LuaState): number {
  const H = L.H
  let mt = 0
  const t = argTag(L, 0)
  if (t === TAG_TRUE) mt = tabNew(H, 0, 1)
  else if (t === TAG_UDATA) mt = H.udMeta[H.vU[2 * L.base]]
  else if (t !== TAG_NIL && t !== TAG_FALSE) argError(L, 0, 'boolean or proxy expected')
  const u = udNew(H, 0, mt)
  pushObj(L, TAG_UDATA, u)
  return 1
}

/** pcall/xpcall placeholders: vmPrecall handles these ids itself. */
function basePcallStub(L: LuaState): number {
  luaError(L, 'pcall called outside the interpreter')
}

/** Open the base library into the globals table. */
export function openBase(L: LuaState): void {
  const H = L.H
  const G = H.globals
  for (let i = 0; i < TYPE_NAMES.length; i++) {
    const s = strFromJS(H, TYPE_NAMES[i])
    H.strFlag[s] |= FL_FIXED
    L.typeNames[i] = s
  }
  setField(L, G, '_G', TAG_TAB, G)
  setField(L, G, '_VERSION', TAG_STR, strFromJS(H, 'Lua 5.1'))
  setFunc(L, G, 'print', basePrint)
  setFunc(L, G, 'type', baseType)
  L.tostringFn = setFunc(L, G, 'tostring', baseTostring)
  setFunc(L, G, 'tonumber', baseTonumber)
  setFunc(L, G, 'error', baseError)
  setFunc(L, G, 'assert', baseAssert)
  setFunc(L, G, 'getmetatable', baseGetmetatable)
  setFunc(L, G, 'setmetatable', baseSetmetatable)
  setFunc(L, G, 'rawequal', baseRawequal)
  setFunc(L, G, 'rawget', baseRawget)
  setFunc(L, G, 'rawset', baseRawset)
  setFunc(L, G, 'select', baseSelect)
  setFunc(L, G, 'unpack', baseUnpack)
  L.nextFn = setFunc(L, G, 'next', baseNext)
  setFunc(L, G, 'pairs', basePairs)
  setFunc(L, G, 'ipairs', baseIpairs)
  L.ipairsAuxFn = hostClosure(L, ipairsAux, 'ipairs_aux', 0)
  setFunc(L, G, 'collectgarbage', baseCollectgarbage)
  setFunc(L, G, 'gcinfo', baseGcinfo)
  setFunc(L, G, 'loadstring', baseLoadstring)
  setFunc(L, G, 'load', baseLoad)
  setFunc(L, G, 'loadfile', baseLoadfile)
  setFunc(L, G, 'dofile', baseDofile)
  setFunc(L, G, 'getfenv', baseGetfenv)
  setFunc(L, G, 'setfenv', baseSetfenv)
  setFunc(L, G, 'newproxy', baseNewproxy)
  L.pcallFn = setFunc(L, G, 'pcall', basePcallStub)
  L.xpcallFn = setFunc(L, G, 'xpcall', basePcallStub)
  // Keep builtins the VM refers to by id alive through the registry.
  const reg = H.registry
  const keep = [L.ipairsAuxFn]
  for (let i = 0; i < keep.length; i++) {
    const d = tabSetKeyNum(L, reg, 1000000 + i)
    H.vU[2 * d] = keep[i]; H.vU[2 * d + 1] = TAG_FUNC
  }
}


/** Slot for integer key [k] in table [t]. */
function tabSetKeyNum(L: LuaState, t: number, k: number): number {
  return tabSetInt(L.H, t, k)
}
