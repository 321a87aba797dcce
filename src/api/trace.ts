// Tracebacks for the API: lua5.1's "stack traceback:" text plus the same
// frames as structured records, taken while the erroring stack is intact
// (from the traceback handler of a protected call, or from a limit check).
//
// The walk follows frame links down from L.base exactly as debug.ts's
// frameUp does (see state.ts for the link layout). It differs from
// debug.traceback in one way: the engine's bottom frame (the dummy host
// frame at thStack+2 whose function slot is nil) is not listed. A protected
// API call puts its xpcall-like frame at the bottom of the stack (see
// pcall.ts), and that frame prints as "[C]: ?", like the C function pmain
// at the bottom of every lua5.1 traceback. Long stacks are cut as lua.c's
// tracebacks are: the first 10 frames, "...", then the last 10.
import { TAG_FUNC } from '../../soa/value'
import { chunkId } from '../front/chunkid'
import { frameProto, funcNameOfFrame, nameOut, linkPlain } from '../vm/debug'
import {
  FRAME_C, FRAME_CONT, FRAME_LUA, FRAME_VARG, type LuaState,
} from '../vm/state'
import type { FrameInfo } from './core'

/** Frames listed before and after the "..." cut. lua.c's handler calls
 *  debug.traceback(msg, 2), and 5.1's ldblib.c (LEVELS1 = 12, LEVELS2 =
 *  10) then lists levels 2..11 (10 frames) and the last 10, cutting only
 *  when at least 2 frames would be left out. */
const LEVELS1 = 10
const LEVELS2 = 10

/** Out-values of frameBelow: current pc of the frame it returned, and
 *  whether the link crossed was a host caller's (FRAME_C). */
let belowPc = -1
let belowC = false

/** Base of the frame below the frame at [b] (0 = none); sets belowPc. */
function frameBelow(L: LuaState, b: number): number {
  const H = L.H, F = H.vF
  belowC = false
  for (;;) {
    const link = linkPlain(F[b - 1]) // without the tail-call count
    const t = link & 7
    if (t === FRAME_LUA) {
      const retpc = link / 8
      belowPc = retpc - 1
      return b - 2 - ((H.bc[retpc - 1] >>> 8) & 0xff)
    }
    const delta = (link - t) / 8
    if (t === FRAME_VARG) { b -= delta; continue }
    if (t === FRAME_CONT) { belowPc = F[b - 3] - 1; return b - delta }
    belowPc = -1
    if (t === FRAME_C) {
      belowC = true
      if (delta === 0) return 0
    }
    return b - delta
  }
}

/** Is [b] a frame to list (not the engine's dummy bottom frame)? */
function frameListed(L: LuaState, b: number): boolean {
  if (b <= 0) return false
  const bottom = L.H.thStack[L.th] + 2
  if (b < bottom) return false
  return b !== bottom || L.H.vU[2 * (b - 2) + 1] === TAG_FUNC
}

/** Frame record of frame [b] at pc [pc]. */
function frameInfo(L: LuaState, b: number, pc: number): FrameInfo {
  const H = L.H
  const p = frameProto(L, b)
  let kind = funcNameOfFrame(L, b)
  let name = kind !== null ? nameOut : undefined
  // 5.1 names functions called by CALL/TAILCALL, and the iterator of a
  // generic for by its hidden local; metamethods have no name.
  if (kind === 'metamethod') { kind = null; name = undefined }
  if (kind === 'for iterator') { kind = 'local'; name = '(for generator)' }
  if (p === 0) return { source: '[C]', line: -1, name, namewhat: kind ?? '', what: 'C' }
  const main = H.ptFirstLine[p] === 0
  return {
    source: chunkId(H.ptDebug[p].chunkname),
    line: pc >= 0 ? H.bcLine[pc] : -1,
    name, namewhat: kind ?? '', what: main ? 'main' : 'Lua',
  }
}

/** One traceback line of frame [b] (lua5.1's format). */
function frameLine(L: LuaState, b: number, fi: FrameInfo): string {
  const H = L.H
  if (fi.what === 'C') return '[C]: ' + (fi.name !== undefined ? "in function '" + fi.name + "'" : '?')
  let s = fi.source + ':' + (fi.line >= 0 ? String(fi.line) : '?') + ':'
  if (fi.what === 'main' && fi.name === undefined) return s + ' in main chunk'
  if (fi.name !== undefined) return s + " in function '" + fi.name + "'"
  const p = frameProto(L, b)
  s += ' in function <' + chunkId(H.ptDebug[p].chunkname) + ':' + H.ptFirstLine[p] + '>'
  return s
}

/** Traceback of the running thread from [level] (0 = running function):
 *  the text ("stack traceback:\n\t...") and the frames (all of them, not
 *  cut). */
export function traceCapture(L: LuaState, level: number): { text: string; frames: FrameInfo[] } {
  let b = L.base
  let pc = frameProto(L, b) !== 0 ? L.pc - 1 : -1
  // Host frames do not change L.pc: below the first host-caller link the
  // Lua frame that made the call is still at L.pc (the frame vmUnwind ran
  // a handler for, or the one running a finalizer).
  let firstC = true
  while (level > 0 && frameListed(L, b)) {
    b = frameBelow(L, b)
    pc = belowPc
    if (belowC && firstC) { firstC = false; if (b > 0 && frameProto(L, b) !== 0) pc = L.pc - 1 }
    level--
  }
  const bases: number[] = []
  const pcs: number[] = []
  while (frameListed(L, b)) {
    bases.push(b)
    pcs.push(pc)
    b = frameBelow(L, b)
    pc = belowPc
    if (belowC && firstC) { firstC = false; if (b > 0 && frameProto(L, b) !== 0) pc = L.pc - 1 }
  }
  const frames: FrameInfo[] = []
  let text = 'stack traceback:'
  const n = bases.length
  const cut = n >= LEVELS1 + LEVELS2 + 2
  for (let i = 0; i < n; i++) {
    const fi = frameInfo(L, bases[i], pcs[i])
    frames.push(fi)
    if (cut && i >= LEVELS1 && i < n - LEVELS2) {
      if (i === LEVELS1) text += '\n\t...'
      continue
    }
    text += '\n\t' + frameLine(L, bases[i], fi)
  }
  return { text, frames }
}

/** The number of frames on the running thread, counting at most [max]+1. */
export function traceDepth(L: LuaState, max: number): number {
  let b = L.base
  let n = 0
  while (frameListed(L, b) && n <= max) {
    n++
    b = frameBelow(L, b)
  }
  return n
}
