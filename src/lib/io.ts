// The io library (liolib): files as userdata, default input/output, read
// formats, lines iterators, popen/tmpfile through the host.
//
// A file is a userdata whose host object is an IoFile stream (io_file.ts)
// and whose metatable is the one shared "FILE*" metatable (kept in the
// registry under that name, as 5.1 does; __index is the metatable itself).
// A closed file keeps its userdata with hf = null: io.type says "closed
// file", methods raise "attempt to use a closed file".
//
// As in 5.1, the io.* functions share a private environment table holding
// the default input ([1]) and output ([2]) files; a host function finds it
// through its own closure's environment (H.fnEnv). The three standard
// files cannot be closed ("cannot close standard file"). Every open
// stream is also listed per state so that os.exit can flush them
// (ioFlushAll), like C's exit().
//
// Results follow 5.1 exactly: write returns true (not the file), failures
// return nil, "name: strerror" (or just "strerror"), errno.
import { TAG_NIL, TAG_STR, TAG_TAB, TAG_FUNC, TAG_UDATA, TAG_TRUE, TAG_NUMX } from '../../soa/value'
import { strToJS, sbReset, sbPutJS, sbToStr } from '../rt/str'
import { tabNew, tabGetInt, tabSetInt } from '../rt/tab'
import { udNew, hostObjAdd } from '../rt/udata'
import { fnNewHost, hostFnRegister } from '../rt/func'
import { numToStrBits } from '../rt/numfmt'
import {
  argCount, argTag, argError, typeError, checkAny, checkInt, checkStr, optStr, pushNil, pushBool,
  pushNum, pushObj, pushSlot, pushRoom, pushJS, objAddr, setFunc, setField,
} from '../vm/aux'
import { luaError } from '../vm/debug'
import { outFlush, type LuaState } from '../vm/state'
import {
  HostIOError, ERRNO_UNSUPPORTED, hostOf, hostErr, hostInstallHooks, type LuaHostFile,
} from './hostio'
import {
  FILE_REG, FILE_STDIN, FILE_STDOUT, FILE_STDERR, FILE_PIPE, VBUF_NO, VBUF_FULL, VBUF_LINE,
  ioFileNew, fileWrite, fileFlush, fileSetvbuf, fileTestEof, fileReadChars, fileReadLine,
  fileReadNumber, numOk, numNanNeg, fileSeek, fileClose, type IoFile,
} from './io_file'
import { checkOption, pushFail, upvalSlot } from './io_aux'
import { packageSetLoaded } from './package'

const IO_INPUT = 1
const IO_OUTPUT = 2

/** Per-state io data. */
interface IoState {
  mt: number // the FILE* metatable
  files: Set<IoFile> // open streams
  stdin: IoFile
  readlineIdx: number // host function index of the lines iterator
}

const states = new WeakMap<LuaState, IoState>()

/** The io data of [L] (the library must be open). */
function ioState(L: LuaState): IoState {
  const s = states.get(L)
  if (s === undefined) luaError(L, 'io library not open')
  return s
}

/** Flush standard output and every open stream (os.exit, end of run). */
export function ioFlushAll(L: LuaState): void {
  outFlush(L)
  const s = states.get(L)
  if (s === undefined) return
  for (const f of s.files) fileFlush(L, f)
}

// -- File userdata ------------------------------------------------------------

/** New file userdata over [f], pushed on the stack. */
function pushNewFile(L: LuaState, f: IoFile): number {
  const H = L.H
  const s = ioState(L)
  const u = udNew(H, hostObjAdd(H, f), s.mt)
  if (f.hf !== null && f.kind !== FILE_STDIN && f.kind !== FILE_STDOUT && f.kind !== FILE_STDERR) s.files.add(f)
  pushObj(L, TAG_UDATA, u)
  return u
}

/** The stream of userdata [u]. */
function fileOf(L: LuaState, u: number): IoFile {
  return L.H.hostObjs[L.H.udHost[u]] as IoFile
}

/** Argument [i] as a file (open or closed): luaL_checkudata "FILE*". */
function topFile(L: LuaState, i: number): IoFile {
  const H = L.H
  if (argTag(L, i) !== TAG_UDATA || H.udMeta[H.vU[2 * (L.base + i)]] !== ioState(L).mt) typeError(L, i, 'FILE*')
  return fileOf(L, H.vU[2 * (L.base + i)])
}

/** Argument [i] as an open file. */
function toFile(L: LuaState, i: number): IoFile {
  const f = topFile(L, i)
  if (f.hf === null) luaError(L, 'attempt to use a closed file')
  return f
}

/** The private environment of the running io function. */
function ioEnv(L: LuaState): number {
  const H = L.H
  return H.fnEnv[H.vU[2 * (L.base - 2)]]
}

/** Slot of default file [which] (IO_INPUT/IO_OUTPUT) in the environment. */
function defaultSlot(L: LuaState, which: number): number {
  return tabGetInt(L.H, ioEnv(L), which)
}

/** The default input/output stream; raises if it is closed. */
function getIoFile(L: LuaState, which: number): IoFile {
  const H = L.H
  const s = defaultSlot(L, which)
  if (s < 0 || H.vU[2 * s + 1] !== TAG_UDATA) luaError(L, 'standard ' + (which === IO_INPUT ? 'input' : 'output') + ' file is closed')
  const f = fileOf(L, H.vU[2 * s])
  if (f.hf === null) luaError(L, 'standard ' + (which === IO_INPUT ? 'input' : 'output') + ' file is closed')
  return f
}

/** Push true, or the failure triple from [f]'s error (pushresult). */
function pushResult(L: LuaState, ok: boolean, f: IoFile): number {
  if (ok) { pushBool(L, true); return 1 }
  const e = f.err !== null ? f.err : new HostIOError('Input/output error', 5)
  return pushFail(L, e, -1)
}

/** aux_close: close [f] unless it is a standard file. */
function auxClose(L: LuaState, f: IoFile): number {
  if (f.kind === FILE_STDIN || f.kind === FILE_STDOUT || f.kind === FILE_STDERR) {
    pushNil(L)
    pushJS(L, 'cannot close standard file')
    return 2
  }
  if (f.kind === FILE_PIPE) outFlush(L)
  ioState(L).files.delete(f)
  return pushResult(L, fileClose(L, f), f)
}

/** A C string (up to the first NUL) of string [id]. */
function cStr(L: LuaState, id: number): string {
  const s = strToJS(L.H, id)
  const z = s.indexOf('\0')
  return z >= 0 ? s.slice(0, z) : s
}

/** glibc fopen's mode parse: host flags ('r', 'w+', 'ax' ...) or null
 *  (EINVAL). Only the first seven characters count. */
function fopenFlags(mode: string): string | null {
  const c = mode.charAt(0)
  if (c !== 'r' && c !== 'w' && c !== 'a') return null
  let plus = false, excl = false
  for (let i = 1; i < 7 && i < mode.length; i++) {
    const m = mode.charAt(i)
    if (m === '\0') break
    if (m === '+') plus = true
    else if (m === 'x') excl = true
  }
  return c + (excl && c !== 'r' ? 'x' : '') + (plus ? '+' : '')
}

/** fopen: a new stream for [path] with C [mode]; throws HostIOError. */
function fopen(L: LuaState, path: string, mode: string): IoFile {
  const flags = fopenFlags(mode)
  if (flags === null) throw new HostIOError('Invalid argument', 22)
  const hf: LuaHostFile = hostOf(L).open(path, flags)
  const c = flags.charAt(0), plus = flags.indexOf('+') >= 0
  let off = 0
  if (c === 'a' && !plus) {
    try { off = hf.size() } catch (e) { hostErr(e) }
  }
  return ioFileNew(hf, FILE_REG, c === 'r' || plus, c !== 'r' || plus, c === 'a', off)
}

/** fileerror: raise "bad argument #i to 'f' (name: strerror)" (or the
 *  host's own message when it has no files at all). */
function fileError(L: LuaState, i: number, name: string, e: HostIOError): never {
  if (e.errno === ERRNO_UNSUPPORTED) luaError(L, e.message)
  argError(L, i, name + ': ' + e.message)
}

// -- Reading and writing --------------------------------------------------------

/** g_write: write arguments [first..] to [f]. */
function gWrite(L: LuaState, f: IoFile, first: number): number {
  const H = L.H
  const n = argCount(L)
  let status = true
  for (let i = first; i < n; i++) {
    const s = L.base + i
    const hi = H.vU[2 * s + 1]
    if (hi < TAG_NUMX) {
      sbReset(H)
      sbPutJS(H, numToStrBits(hi, H.vU[2 * s]))
      status = status && fileWrite(L, f, H.sbBuf, 0, H.sbN)
    } else {
      const id = checkStr(L, i)
      status = status && fileWrite(L, f, H.strData, H.strOff[id], H.strLen[id])
    }
  }
  return pushResult(L, status, f)
}

/** g_read: read with the formats in arguments [first..]. */
function gRead(L: LuaState, f: IoFile, first: number): number {
  const H = L.H
  const nargs = argCount(L) - first
  if (f.kind === FILE_STDIN) outFlush(L)
  f.err = null
  pushRoom(L, nargs + 1)
  let success = true
  let pushed = 0
  if (nargs <= 0) {
    sbReset(H)
    success = fileReadLine(H, f)
    pushObj(L, TAG_STR, sbToStr(H))
    pushed = 1
  } else {
    for (let i = first; i < first + nargs && success; i++) {
      const s = L.base + i
      const hi = H.vU[2 * s + 1]
      sbReset(H)
      if (hi < TAG_NUMX) {
        const len = checkInt(L, i)
        if (len === 0) success = fileTestEof(f)
        else success = fileReadChars(H, f, len < 0 ? Infinity : len)
        pushObj(L, TAG_STR, sbToStr(H))
      } else {
        let c0 = -1, c1 = -1
        if (hi === TAG_STR) {
          const id = H.vU[2 * s]
          if (H.strLen[id] > 0) c0 = H.strData[H.strOff[id]]
          if (H.strLen[id] > 1) c1 = H.strData[H.strOff[id] + 1]
        }
        if (c0 !== 42) argError(L, i, 'invalid option') // '*'
        if (c1 === 110) { // 'n'
          const v = fileReadNumber(f)
          success = numOk
          if (!success) pushNil(L)
          else if (v === v) pushNum(L, v)
          else pushObj(L, numNanNeg ? 0xfff80000 : 0x7ff80000, 0) // NaN keeps its sign
        } else if (c1 === 108) { // 'l'
          success = fileReadLine(H, f)
          pushObj(L, TAG_STR, sbToStr(H))
        } else if (c1 === 97) { // 'a'
          fileReadChars(H, f, Infinity)
          success = true
          pushObj(L, TAG_STR, sbToStr(H))
        } else argError(L, i, 'invalid format')
      }
      pushed++
    }
  }
  if (f.err !== null) {
    L.top -= pushed
    return pushFail(L, f.err, -1)
  }
  if (!success) {
    L.top--
    pushNil(L)
  }
  return pushed
}

/** The lines iterator: upvalues (file, close at EOF). */
function ioReadline(L: LuaState): number {
  const H = L.H
  const fs = upvalSlot(L, 0)
  const f = fileOf(L, H.vU[2 * fs])
  if (f.hf === null) luaError(L, 'file is already closed')
  if (f.kind === FILE_STDIN) outFlush(L)
  sbReset(H)
  const ok = fileReadLine(H, f)
  if (f.err !== null) luaError(L, f.err.message)
  if (ok) { pushObj(L, TAG_STR, sbToStr(H)); return 1 }
  if (H.vU[2 * upvalSlot(L, 1) + 1] === TAG_TRUE) {
    ioState(L).files.delete(f)
    fileClose(L, f)
  }
  return 0
}

/** Push a lines iterator over file userdata [u]. */
function pushLines(L: LuaState, u: number, closeAtEof: boolean): number {
  const H = L.H
  const c = fnNewHost(H, ioState(L).readlineIdx, 2, H.globals)
  const s = H.fnUpv[c]
  H.vU[2 * s] = u; H.vU[2 * s + 1] = TAG_UDATA
  H.vU[2 * (s + 1)] = 0; H.vU[2 * (s + 1) + 1] = closeAtEof ? TAG_TRUE : TAG_NIL
  pushObj(L, TAG_FUNC, c)
  return 1
}

// -- io.* ---------------------------------------------------------------------

/** io.close([file]) */
function ioClose(L: LuaState): number {
  if (argCount(L) > 0) return auxClose(L, toFile(L, 0))
  const H = L.H
  const s = defaultSlot(L, IO_OUTPUT)
  if (s < 0 || H.vU[2 * s + 1] !== TAG_UDATA) luaError(L, 'attempt to use a closed file')
  const f = fileOf(L, H.vU[2 * s])
  if (f.hf === null) luaError(L, 'attempt to use a closed file')
  return auxClose(L, f)
}

/** io.flush() */
function ioFlush(L: LuaState): number {
  const f = getIoFile(L, IO_OUTPUT)
  return pushResult(L, fileFlush(L, f), f)
}

/** io.input / io.output: set or get the default file [which]. */
function gIoFile(L: LuaState, which: number, mode: string): number {
  const H = L.H
  const t = argTag(L, 0)
  if (t !== TAG_NIL) {
    if (t === TAG_STR || t < TAG_NUMX) {
      const nameId = checkStr(L, 0)
      const name = cStr(L, nameId)
      let f: IoFile
      try { f = fopen(L, name, mode) } catch (e) { fileError(L, 0, name, hostErr(e)) }
      pushNewFile(L, f)
    } else {
      toFile(L, 0)
      pushSlot(L, L.base)
    }
    const d = tabSetInt(H, ioEnv(L), which)
    const v = L.top - 1
    H.vU[2 * d] = H.vU[2 * v]; H.vU[2 * d + 1] = H.vU[2 * v + 1]
    L.top--
  }
  const s = defaultSlot(L, which)
  if (s >= 0) pushSlot(L, s)
  else pushNil(L)
  return 1
}

/** io.input([file]) */
function ioInput(L: LuaState): number {
  return gIoFile(L, IO_INPUT, 'r')
}

/** io.output([file]) */
function ioOutput(L: LuaState): number {
  return gIoFile(L, IO_OUTPUT, 'w')
}

/** io.lines([filename]) */
function ioLines(L: LuaState): number {
  const H = L.H
  if (argTag(L, 0) === TAG_NIL) {
    // 5.1 checks argument 1 as the file here: io.lines(nil) is an error.
    if (argCount(L) > 0) typeError(L, 0, 'FILE*')
    const s = defaultSlot(L, IO_INPUT)
    if (s < 0 || H.vU[2 * s + 1] !== TAG_UDATA) luaError(L, 'attempt to use a closed file')
    const u = H.vU[2 * s]
    if (fileOf(L, u).hf === null) luaError(L, 'attempt to use a closed file')
    return pushLines(L, u, false)
  }
  const nameId = checkStr(L, 0)
  const name = cStr(L, nameId)
  let f: IoFile
  try { f = fopen(L, name, 'r') } catch (e) { fileError(L, 0, name, hostErr(e)) }
  const u = pushNewFile(L, f)
  return pushLines(L, u, true)
}

/** io.open(filename [, mode]) */
function ioOpen(L: LuaState): number {
  const nameId = checkStr(L, 0)
  const modeId = optStr(L, 1, -1)
  const mode = modeId < 0 ? 'r' : cStr(L, modeId)
  try {
    pushNewFile(L, fopen(L, cStr(L, nameId), mode))
    return 1
  } catch (e) {
    return pushFail(L, hostErr(e), nameId)
  }
}

/** io.popen(prog [, mode]) */
function ioPopen(L: LuaState): number {
  const progId = checkStr(L, 0)
  const modeId = optStr(L, 1, -1)
  const mode = modeId < 0 ? 'r' : cStr(L, modeId)
  const r = mode === 'r' || mode === 're', w = mode === 'w' || mode === 'we'
  try {
    if (!r && !w) throw new HostIOError('Invalid argument', 22)
    outFlush(L)
    const hf = hostOf(L).popen(cStr(L, progId), mode)
    pushNewFile(L, ioFileNew(hf, FILE_PIPE, r, w, false, 0))
    return 1
  } catch (e) {
    return pushFail(L, hostErr(e), progId)
  }
}

/** io.read(...) */
function ioRead(L: LuaState): number {
  return gRead(L, getIoFile(L, IO_INPUT), 0)
}

/** io.tmpfile() */
function ioTmpfile(L: LuaState): number {
  try {
    const hf = hostOf(L).tmpfile()
    pushNewFile(L, ioFileNew(hf, FILE_REG, true, true, false, 0))
    return 1
  } catch (e) {
    return pushFail(L, hostErr(e), -1)
  }
}

/** io.type(obj) */
function ioType(L: LuaState): number {
  checkAny(L, 0)
  const H = L.H
  if (argTag(L, 0) !== TAG_UDATA || H.udMeta[H.vU[2 * L.base]] !== ioState(L).mt) { pushNil(L); return 1 }
  pushJS(L, fileOf(L, H.vU[2 * L.base]).hf === null ? 'closed file' : 'file')
  return 1
}

/** io.write(...) */
function ioWrite(L: LuaState): number {
  return gWrite(L, getIoFile(L, IO_OUTPUT), 0)
}

// -- File methods ---------------------------------------------------------------

/** file:close() */
function fClose(L: LuaState): number {
  return auxClose(L, toFile(L, 0))
}

/** file:flush() */
function fFlush(L: LuaState): number {
  const f = toFile(L, 0)
  return pushResult(L, fileFlush(L, f), f)
}

/** file:lines() */
function fLines(L: LuaState): number {
  toFile(L, 0)
  return pushLines(L, L.H.vU[2 * L.base], false)
}

/** file:read(...) */
function fRead(L: LuaState): number {
  return gRead(L, toFile(L, 0), 1)
}

const SEEK_NAMES = ['set', 'cur', 'end']

/** file:seek([whence [, offset]]) */
function fSeek(L: LuaState): number {
  const f = toFile(L, 0)
  const op = checkOption(L, 1, 'cur', SEEK_NAMES)
  const off = argTag(L, 2) === TAG_NIL ? 0 : checkInt(L, 2)
  f.err = null
  const pos = fileSeek(L, f, op, off)
  if (pos < 0) return pushResult(L, false, f)
  pushNum(L, pos)
  return 1
}

const VBUF_NAMES = ['no', 'full', 'line']
const VBUF_MODES = [VBUF_NO, VBUF_FULL, VBUF_LINE]

/** file:setvbuf(mode [, size]) */
function fSetvbuf(L: LuaState): number {
  const f = toFile(L, 0)
  const op = checkOption(L, 1, null, VBUF_NAMES)
  if (argTag(L, 2) !== TAG_NIL) checkInt(L, 2)
  return pushResult(L, fileSetvbuf(L, f, VBUF_MODES[op]), f)
}

/** file:write(...) */
function fWrite(L: LuaState): number {
  return gWrite(L, toFile(L, 0), 1)
}

/** __gc: close a file nobody references (standard files stay open). */
function ioGc(L: LuaState): number {
  const f = topFile(L, 0)
  if (f.hf !== null && f.kind !== FILE_STDIN && f.kind !== FILE_STDOUT && f.kind !== FILE_STDERR) {
    ioState(L).files.delete(f)
    fileClose(L, f)
  }
  return 0
}

/** __tostring: "file (0x...)" or "file (closed)". */
function ioTostring(L: LuaState): number {
  const f = topFile(L, 0)
  pushJS(L, f.hf === null ? 'file (closed)' : 'file (' + objAddr(TAG_UDATA, L.H.vU[2 * L.base]) + ')')
  return 1
}

// -- Opening ------------------------------------------------------------------

/** Open the io library. */
export function openIo(L: LuaState): void {
  const H = L.H
  // FILE* metatable: __index is the metatable itself (5.1's createmeta).
  const mt = tabNew(H, 0, 2)
  setField(L, H.registry, 'FILE*', TAG_TAB, mt)
  setField(L, mt, '__index', TAG_TAB, mt)
  setFunc(L, mt, 'close', fClose)
  setFunc(L, mt, 'flush', fFlush)
  setFunc(L, mt, 'lines', fLines)
  setFunc(L, mt, 'read', fRead)
  setFunc(L, mt, 'seek', fSeek)
  setFunc(L, mt, 'setvbuf', fSetvbuf)
  setFunc(L, mt, 'write', fWrite)
  setFunc(L, mt, '__gc', ioGc)
  setFunc(L, mt, '__tostring', ioTostring)
  const host = hostOf(L)
  const stdin = ioFileNew(host.stdin, FILE_STDIN, true, false, false, 0)
  const s: IoState = { mt, files: new Set(), stdin, readlineIdx: hostFnRegister(H, ioReadline, 'lines') }
  states.set(L, s)
  // The io table; its functions share the private environment env.
  const io = tabNew(H, 0, 11)
  const env = tabNew(H, 2, 0)
  const names = ['close', 'flush', 'input', 'lines', 'open', 'output', 'popen', 'read', 'tmpfile', 'type', 'write']
  const fns = [ioClose, ioFlush, ioInput, ioLines, ioOpen, ioOutput, ioPopen, ioRead, ioTmpfile, ioType, ioWrite]
  for (let i = 0; i < names.length; i++) H.fnEnv[setFunc(L, io, names[i], fns[i])] = env
  setField(L, H.globals, 'io', TAG_TAB, io)
  packageSetLoaded(L, 'io', TAG_TAB, io)
  // Standard files.
  const base = L.top
  pushRoom(L, 3)
  const uin = pushNewFile(L, stdin)
  const uout = pushNewFile(L, ioFileNew(null, FILE_STDOUT, false, true, false, 0))
  const uerr = pushNewFile(L, ioFileNew(null, FILE_STDERR, false, true, false, 0))
  L.top = base
  // Standard output/error write through the VM: give them a dummy handle so
  // they count as open (hf !== null).
  fileOf(L, uout).hf = STD_SINK
  fileOf(L, uerr).hf = STD_SINK
  setField(L, io, 'stdin', TAG_UDATA, uin)
  setField(L, io, 'stdout', TAG_UDATA, uout)
  setField(L, io, 'stderr', TAG_UDATA, uerr)
  let d = tabSetInt(H, env, IO_INPUT)
  H.vU[2 * d] = uin; H.vU[2 * d + 1] = TAG_UDATA
  d = tabSetInt(H, env, IO_OUTPUT)
  H.vU[2 * d] = uout; H.vU[2 * d + 1] = TAG_UDATA
}

/** Placeholder host file of stdout/stderr (their bytes go through L). */
const STD_SINK: LuaHostFile = {
  seekable: false,
  read: () => { throw new HostIOError('Bad file descriptor', 9) },
  write: (_b, _o, len) => len,
  size: () => 0,
  close: () => 0,
}

// A newly installed host brings its own stdin.
hostInstallHooks.push((L: LuaState) => {
  const s = states.get(L)
  if (s !== undefined) s.stdin.hf = hostOf(L).stdin
})
