// Debug support: frame walking, line info, variable names for error
// messages, error positions and tracebacks.
//
// Frames are found by following links down from L.base (see state.ts for
// the layout). A frame is a Lua frame when the closure in its function slot
// has a proto; its current instruction is L.pc-1 for the top frame and
// retpc-1 of the frame above otherwise. Names of the values involved in a
// runtime error are recovered from the bytecode, as lua5.1's getobjname and
// LuaJIT's lj_debug_slotname do: a register that is an active local is
// "local"; otherwise the last instruction before pc that wrote it tells
// "global" (GGET), "field"/"method" (TGETS), "upvalue" (UGET), following
// MOVs.
import { BC } from '../../soa/bc'
import { TAG_FUNC, TAG_STR } from '../../soa/value'
import { chunkId } from '../front/chunkid'
import { strFromJS, strToJS } from '../rt/str'
import { LuaThrow } from './error'
import {
  FRAME_LUA, FRAME_C, FRAME_CONT, FRAME_VARG, CONT_RET, type LuaState,
} from './state'

// -- Tail calls ----------------------------------------------------------------
//
// 5.1 counts the frames a tail call replaced ("(tail call)" levels of
// getinfo and traceback, "tail return" hook events). A Lua tail call
// (interp.ts CALLT) adds TAIL_UNIT to the replaced frame's link, and turns
// a FRAME_LUA link into FRAME_LUATAIL so the return takes the slow path.
// Every link reader strips the count with linkPlain:
//
//   link = plain link (retpc*8 | delta*8+type) + tailcalls * 2^35
//          with type FRAME_LUA (0) written as FRAME_LUATAIL (4)
//
// The count lives on the real link of the frame (below a FRAME_VARG link).
export const TAIL_UNIT = 34359738368 // 2^35
export const FRAME_LUATAIL = 4
const TAIL_MAX = 4503599627370496 // 2^52: stop counting (exact doubles)

/** [link] without its tail-call count (FRAME_LUATAIL back to FRAME_LUA). */
export function linkPlain(link: number): number {
  if (link < TAIL_UNIT && (link & 7) !== FRAME_LUATAIL) return link
  const v = link - Math.floor(link / TAIL_UNIT) * TAIL_UNIT
  return (v & 7) === FRAME_LUATAIL ? v - FRAME_LUATAIL : v
}

/** Link value [link] with one more tail call counted. */
export function linkTail(link: number): number {
  if (link >= TAIL_MAX) return link
  return ((link & 7) === FRAME_LUA ? link + FRAME_LUATAIL : link) + TAIL_UNIT
}

/** Tail calls the frame at [b] replaced (0 for frames entered normally). */
export function frameTails(L: LuaState, b: number): number {
  const F = L.H.vF
  let link = F[b - 1]
  if ((link & 7) === FRAME_VARG) { b -= (link - FRAME_VARG) / 8; link = F[b - 1] }
  if (link < TAIL_UNIT) return 0
  return Math.floor(link / TAIL_UNIT)
}

// -- Frame walking ----------------------------------------------------------

/** Out-value of frameUp: the current pc of the frame it returned (-1 if none). */
let upPc = -1

/** Base of the frame below the frame at [b]; sets upPc. 0 = none (bottom). */
export function frameUp(L: LuaState, b: number): number {
  const H = L.H, F = H.vF
  for (;;) {
    const link = linkPlain(F[b - 1])
    const t = link & 7
    if (t === FRAME_LUA) {
      const retpc = link / 8
      upPc = retpc - 1
      return b - 2 - ((H.bc[retpc - 1] >>> 8) & 0xff)
    }
    const delta = (link - t) / 8
    if (t === FRAME_VARG) { b -= delta; continue }
    if (t === FRAME_CONT) {
      upPc = F[b - 3] - 1
      return b - delta
    }
    if (t === FRAME_C) {
      upPc = -1
      if (delta === 0) return 0
      if (linkN > 0) upPc = linkPcFind(L, b - delta)
      return b - delta
    }
    upPc = -1 // pcall frames: the pcall host function is the caller
    return b - delta
  }
}

// A Lua frame that calls Lua directly through vmCall (a debug hook, an
// xpcall handler) has no host frame in between: the FRAME_C link above it
// does not say where it stopped. Those callers record (thread, frame base
// relative to the thread's stack, current pc) here for the duration of the
// call, and frameUp looks them up when it crosses such a link.
const linkL: (LuaState | null)[] = []
const linkTh: number[] = []
const linkBase: number[] = []
const linkPc: number[] = []
let linkN = 0

/** Record that the Lua frame at [base] stopped at [pc] for a vmCall. */
export function linkPcPush(L: LuaState, base: number, pc: number): void {
  linkL[linkN] = L
  linkTh[linkN] = L.th
  linkBase[linkN] = base - L.H.thStack[L.th]
  linkPc[linkN] = pc
  linkN++
}

/** Drop the last linkPcPush. */
export function linkPcPop(L: LuaState): void {
  void L
  if (linkN > 0) linkL[--linkN] = null
}

/** pc recorded for the Lua frame at [base] of the running thread, or -1. */
function linkPcFind(L: LuaState, base: number): number {
  const rel = base - L.H.thStack[L.th]
  for (let i = linkN - 1; i >= 0; i--) {
    if (linkL[i] === L && linkTh[i] === L.th && linkBase[i] === rel) return linkPc[i]
  }
  return -1
}

/** Proto id of the function in frame [b], 0 for host functions. */
export function frameProto(L: LuaState, b: number): number {
  const H = L.H
  if (H.vU[2 * (b - 2) + 1] !== TAG_FUNC) return 0
  return H.fnProto[H.vU[2 * (b - 2)]]
}

/** Out-value of frameAt: the pc of the frame found (-1 host/unknown). */
export let levelPc = -1

/** Out-value of frameAt: the level is a lost tail call ("(tail call)"):
 *  the base returned is the frame that replaced it. */
export let levelTail = false

/** Base of the frame at [level] (0 = running function), or 0 if none.
 *  Levels count 5.1's tail-call records (lua_getstack). */
export function frameAt(L: LuaState, level: number): number {
  let b = L.base
  let pc = frameProto(L, b) !== 0 ? L.pc - 1 : -1
  const bottom = L.H.thStack[L.th] + 2
  levelTail = false
  while (level > 0) {
    level--
    const tc = frameTails(L, b)
    if (tc > 0) {
      if (level < tc) { levelTail = true; levelPc = -1; return b }
      level -= tc
      if (level === 0 && b <= bottom) { levelPc = -1; return 0 }
    }
    if (b <= bottom) { levelPc = -1; return 0 }
    b = frameUp(L, b)
    if (b === 0) { levelPc = -1; return 0 }
    pc = upPc
  }
  levelPc = pc
  return b
}

/** Source line of instruction [pc] (absolute), or -1. */
export function pcLine(L: LuaState, pc: number): number {
  return pc >= 0 ? L.H.bcLine[pc] : -1
}

/** "chunk:line: " for the frame at [level], or "" for a host frame. */
export function where(L: LuaState, level: number): string {
  const b = frameAt(L, level)
  if (b === 0 || levelTail) return ''
  const p = frameProto(L, b)
  if (p === 0 || levelPc < 0) return ''
  return chunkId(L.H.ptDebug[p].chunkname) + ':' + pcLine(L, levelPc) + ': '
}

// -- Variable names ---------------------------------------------------------

/** Out-value of slotName: the name found. */
export let nameOut = ''

/** Name of the [n]-th active local at [pc] in proto [p], or null. */
function localName(L: LuaState, p: number, pc: number, n: number): string | null {
  const H = L.H
  const rel = pc - H.ptBc[p]
  const vi = H.ptDebug[p].varinfo
  const pcs = vi.pcs
  for (let i = 0; i < vi.names.length; i++) {
    if (pcs[2 * i] > rel) break
    if (rel < pcs[2 * i + 1]) {
      if (n === 0) return vi.names[i]
      n--
    }
  }
  return null
}

/** Kind ("local", "global", "field", "method", "upvalue") of register
 *  [slot] at instruction [pc] of proto [p]; the name goes to nameOut. */
export function slotName(L: LuaState, p: number, pc: number, slot: number): string | null {
  const H = L.H, bc = H.bc
  const start = H.ptBc[p]
  for (;;) {
    const ln = localName(L, p, pc, slot)
    if (ln !== null) { nameOut = ln; return 'local' }
    let ip = pc
    let found = -1
    while (--ip > start) {
      const ins = bc[ip]
      const op = ins & 0xff, a = (ins >>> 8) & 0xff
      if (op === BC.KNIL) { if (slot >= a && slot <= (ins >>> 16)) return null; continue }
      if (isBaseWriter(op)) { if (slot >= a) return null; continue }
      if (writesA(op) && a === slot) { found = ip; break }
    }
    if (found < 0) return null
    // A forward jump from before the writer into (writer, pc] means the
    // value may come from elsewhere (5.1's symbolic execution agrees).
    for (let j = start + 1; j < found; j++) {
      const ji = bc[j], jop = ji & 0xff
      if (jop === BC.JMP || jop === BC.UCLO || jop === BC.ISNEXT || jop === BC.FORI) {
        const t = j + 1 + (ji >>> 16) - 0x8000
        if (t > found && t <= pc) return null
      }
    }
    const ins = bc[found]
    const op = ins & 0xff
    if (op === BC.MOV) { slot = ins >>> 16; pc = found; continue }
    if (op === BC.GGET) { nameOut = kgcStr(L, p, ins >>> 16); return 'global' }
    if (op === BC.TGETS) {
      nameOut = kgcStr(L, p, (ins >>> 16) & 0xff)
      if (found > start + 1) {
        const prev = bc[found - 1]
        if ((prev & 0xff) === BC.MOV && ((prev >>> 8) & 0xff) === ((ins >>> 8) & 0xff) + 2 &&
          (prev >>> 16) === (ins >>> 24)) return 'method'
      }
      return 'field'
    }
    if (op === BC.TGETV || op === BC.TGETB) { nameOut = '?'; return 'field' }
    if (op === BC.UGET) {
      const names = H.ptDebug[p].uvnames
      const d = ins >>> 16
      nameOut = d < names.length ? names[d] : '?'
      return 'upvalue'
    }
    return null
  }
}

/** Does [op] write a range of registers starting at A (calls, VARG ...)? */
function isBaseWriter(op: number): boolean {
  return op === BC.CALL || op === BC.CALLM || op === BC.VARG || op === BC.ITERC ||
    op === BC.ITERN || op === BC.TSETM
}

/** Does [op] write register A? */
function writesA(op: number): boolean {
  switch (op) {
    case BC.MOV: case BC.NOT: case BC.UNM: case BC.LEN:
    case BC.ADDVN: case BC.SUBVN: case BC.MULVN: case BC.DIVVN: case BC.MODVN:
    case BC.ADDNV: case BC.SUBNV: case BC.MULNV: case BC.DIVNV: case BC.MODNV:
    case BC.ADDVV: case BC.SUBVV: case BC.MULVV: case BC.DIVVV: case BC.MODVV:
    case BC.POW: case BC.CAT: case BC.KSTR: case BC.KSHORT: case BC.KNUM: case BC.KPRI:
    case BC.UGET: case BC.FNEW: case BC.TNEW: case BC.TDUP: case BC.GGET:
    case BC.TGETV: case BC.TGETS: case BC.TGETB: case BC.TGETR: case BC.ISTC: case BC.ISFC:
      return true
    default:
      return false
  }
}

/** The string constant [idx] of proto [p] as a JS string. */
function kgcStr(L: LuaState, p: number, idx: number): string {
  const H = L.H
  const s = H.ptKgc[p] + idx
  if (H.vU[2 * s + 1] !== TAG_STR) return '?'
  return strToJS(H, H.vU[2 * s])
}

/** " (kind 'name')"-style description of register [slot] of the running
 *  Lua frame, for "attempt to ... local 'x'"; "" when unknown. */
export function varDesc(L: LuaState, slot: number): string {
  const p = frameProto(L, L.base)
  if (p === 0) return ''
  const kind = slotName(L, p, L.pc - 1, slot)
  if (kind === null) return ''
  return kind + " '" + nameOut + "'"
}

// -- Errors -----------------------------------------------------------------

/** Throw a runtime error [msg], prefixed with the running Lua frame's
 *  position (none when a host function is running), as luaG_runerror. */
export function rtError(L: LuaState, msg: string): never {
  const p = frameProto(L, L.base)
  const full = p !== 0 ? chunkId(L.H.ptDebug[p].chunkname) + ':' + pcLine(L, L.pc - 1) + ': ' + msg : msg
  throw new LuaThrow(TAG_STR, strFromJS(L.H, full), full)
}

/** Throw [msg] with the position of the caller at [level] (luaL_error). */
export function luaError(L: LuaState, msg: string, level = 1): never {
  const full = where(L, level) + msg
  throw new LuaThrow(TAG_STR, strFromJS(L.H, full), full)
}

/** Name of the host/Lua function running in frame [b] as its caller
 *  called it: [kind, name] in nameOut, kind returned (null if unknown). */
export function funcNameOfFrame(L: LuaState, b: number): string | null {
  const H = L.H, F = H.vF
  let link = F[b - 1]
  if ((link & 7) === FRAME_VARG) { b -= (link - FRAME_VARG) / 8; link = F[b - 1] } // the vararg frame's own link
  if (link >= TAIL_UNIT || (link & 7) === FRAME_LUATAIL) return null // entered by a tail call: no name (5.1)
  let retpc: number, cb: number
  if ((link & 7) === FRAME_LUA) {
    retpc = link / 8
    cb = frameUp(L, b)
  } else if ((link & 7) === FRAME_CONT && F[b - 4] === CONT_RET) {
    retpc = F[b - 3]
    cb = b - (link - FRAME_CONT) / 8
  } else {
    if ((link & 7) === FRAME_CONT) { nameOut = '?'; return 'metamethod' }
    return null
  }
  const ins = H.bc[retpc - 1]
  const op = ins & 0xff
  const p = frameProto(L, cb)
  if (p === 0) return null
  if (op === BC.ITERC || op === BC.ITERN) { nameOut = 'for iterator'; return 'for iterator' }
  if (op !== BC.CALL && op !== BC.CALLM && op !== BC.CALLT && op !== BC.CALLMT) return null
  return slotName(L, p, retpc - 1, (ins >>> 8) & 0xff)
}

/** lua5.1-style "stack traceback:" text starting at [level]. */
export function traceback(L: LuaState, level: number): string {
  // Collect the levels first (frames and their tail-call records), then
  // print the first 12 and the last 11 with "..." between, as 5.1.
  const bs: number[] = [], pcs: number[] = []
  let b = frameAt(L, level)
  let pc = levelPc
  let tails = levelTail ? frameTails(L, b) - (level - levelsAbove(L, b)) : 0
  const bottom = L.H.thStack[L.th] + 2
  if (levelTail) { for (let i = 0; i < tails; i++) { bs.push(0); pcs.push(-1) } }
  else if (b !== 0) { bs.push(b); pcs.push(pc); tails = frameTails(L, b); for (let i = 0; i < tails; i++) { bs.push(0); pcs.push(-1) } }
  while (b > 0 && b > bottom) {
    const up = frameUp(L, b)
    if (up === 0) break
    b = up
    pc = upPc
    bs.push(b); pcs.push(pc)
    const tc = frameTails(L, b)
    for (let i = 0; i < tc; i++) { bs.push(0); pcs.push(-1) }
  }
  let out = 'stack traceback:'
  const n = bs.length
  for (let i = 0; i < n; i++) {
    if (i === 12 && n - 12 > 11) {
      out += '\n\t...'
      i = n - 11
    }
    out += '\n\t' + levelText(L, bs[i], pcs[i])
  }
  return out
}

/** Levels above frame [b] in a plain walk from the top (frames plus the
 *  tail records of the frames above it). */
function levelsAbove(L: LuaState, b: number): number {
  let n = 0
  let x = L.base
  while (x !== b && x !== 0) {
    n += 1 + frameTails(L, x)
    x = frameUp(L, x)
  }
  return n + 1
}

/** One traceback line for the frame at [b] stopped at [pc] (b = 0: a
 *  lost tail call). */
function levelText(L: LuaState, b: number, pc: number): string {
  if (b === 0) return '(tail call): ?'
  const p = frameProto(L, b)
  const kind = funcNameOfFrame(L, b)
  const name = nameOut
  if (p !== 0) {
    let out = chunkId(L.H.ptDebug[p].chunkname) + ':' + (pc >= 0 ? pcLine(L, pc) : '?') + ':'
    if (L.H.ptFirstLine[p] === 0 && kind === null) out += ' in main chunk'
    else if (kind !== null) out += " in function '" + name + "'"
    else out += ' in function <' + chunkId(L.H.ptDebug[p].chunkname) + ':' + L.H.ptFirstLine[p] + '>'
    return out
  }
  return '[C]: ' + (kind !== null ? "in function '" + name + "'" : '?')
}
