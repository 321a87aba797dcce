// Debug hooks (debug.sethook): call, return, line and count events with
// Lua 5.1's semantics (ldo.c luaD_callhook, lvm.c traceexec).
//
// Cost when no hook is set: the dispatch loop tests one word per
// instruction, L.hookOn[0], held in a local typed array (a register
// compare, measured within noise), and sends Lua calls and returns to the
// slow paths (vmPrecall / vmReturn) only while it is set. L.hookOn[0] is
// non-zero exactly while the running thread has a hook and is not inside
// one; thread switches (coroutine resume/yield) call hookSwitch. The JIT
// neither records nor enters traces while it is set.
//
// Per-thread hook records live in a JS map per state; the hook function is
// pinned (gcPin) while installed. Events:
//
//   call     vmPrecall, after the frame is set up (Lua: L.pc at the first
//            instruction, so getinfo(2, "l") shows its line; host: before it
//            runs)
//   return   vmReturn, before results are delivered (the returning frame is
//            still level 2 for getinfo)
//   count    hookIns, every `count` instructions
//   line     hookIns, when an instruction starts a new line, jumps back
//            (pc <= previous pc), or is the first of a function
//
// Line events follow lua5.1's bytecode, not ours. Differences handled:
//   - leading KNIL/KPRI nil loads of a function (5.1 emits none at pc 0:
//     the frame is already nil) are invisible;
//   - LOOP is a no-op marker 5.1 does not have: invisible;
//   - a FORI falling into its body counts as a backward jump (5.1 enters
//     the body from FORLOOP at the loop's end);
//   - after a return (the frame changed without a function entry) the
//     previous pc is the call instruction, as 5.1's savedpc.
//
// The hook runs through vmCall with hooks off for its thread; the calling
// frame's pc is recorded with linkPcPush so getinfo and traceback see its
// current line through the host-call link.
import { BC } from '../../soa/bc'
import { TAG_FUNC, TAG_NIL, TAG_STR, PAYLOAD_NONE } from '../../soa/value'
import { strFromJS } from '../rt/str'
import { gcPin, gcUnpin } from '../rt/gc'
import { vmCall, stackCheck } from './call'
import { linkPcPush, linkPcPop, frameTails } from './debug'
import { LUA_MINSTACK, type LuaState } from './state'

export const HOOK_CALL = 1
export const HOOK_RET = 2
export const HOOK_LINE = 4
export const HOOK_COUNT = 8

/** One thread's hook. */
class HookRec {
  fn = 0 // closure id of the hook function (pinned)
  mask = 0 // HOOK_* bits
  count = 0 // count hook period
  left = 0 // instructions until the next count event
  oldPc = -1 // last instruction seen by the line hook
  oldBase = -1 // its frame base, relative to the thread's stack
  inHook = false // the hook is running (5.1 allowhook = 0)
  retSkip = -1 // frame (stack-relative base) whose return event already fired
}

/** Hooks of one state: per thread id. */
interface HookState {
  recs: Map<number, HookRec>
}

const states = new WeakMap<LuaState, HookState>()

/** The hook state of [L] (created on first use). */
function stateOf(L: LuaState): HookState {
  let s = states.get(L)
  if (s === undefined) { s = { recs: new Map() }; states.set(L, s) }
  return s
}

/** The hook record of thread [th], if it has a hook. */
export function hookGet(L: LuaState, th: number): HookRec | undefined {
  const s = states.get(L)
  return s === undefined ? undefined : s.recs.get(th)
}

/** Recompute L.hookOn for the running thread (after sethook or a thread
 *  switch). */
export function hookSwitch(L: LuaState): void {
  const r = hookGet(L, L.th)
  // Inside a hook only the count goes on (5.1 counts the hook's own
  // instructions but calls no hook).
  L.hookOn[0] = r !== undefined && (!r.inHook || (r.mask & HOOK_COUNT) !== 0) ? 1 : 0
}

/** Install hook function [fn] (0: remove) on thread [th] with [mask] and
 *  [count] (lua_sethook: no function or an empty mask turns it off). */
export function hookSet(L: LuaState, th: number, fn: number, mask: number, count: number): void {
  const s = stateOf(L)
  const old = s.recs.get(th)
  if (old !== undefined) {
    gcUnpin(L.H, TAG_FUNC, old.fn)
    s.recs.delete(th)
  }
  if (fn !== 0 && mask !== 0) {
    const r = new HookRec()
    r.fn = fn
    r.mask = mask
    r.count = count
    r.left = count
    r.inHook = old !== undefined && old.inHook
    gcPin(L.H, TAG_FUNC, fn)
    s.recs.set(th, r)
  }
  if (th === L.th) hookSwitch(L)
}

/** A new coroutine [co] gets the creator's hook (lua_newthread). */
export function hookInherit(L: LuaState, co: number): void {
  const r = hookGet(L, L.th)
  if (r !== undefined) hookSet(L, co, r.fn, r.mask, r.count)
  else if (hookGet(L, co) !== undefined) hookSet(L, co, 0, 0, 0)
}

/** Call the running thread's hook with ([event], [line] or nil). The hook
 *  runs above L.top with hooks off; [pc] is the current instruction of the
 *  Lua frame at L.base (-1 for a host frame). */
function callHook(L: LuaState, r: HookRec, event: string, line: number, pc: number): void {
  const H = L.H
  const sb = H.thStack[L.th]
  const topRel = L.top - sb, pc0 = L.pc
  r.inHook = true
  hookSwitch(L)
  if (pc >= 0) linkPcPush(L, L.base, pc)
  try {
    if (L.top + 4 + LUA_MINSTACK > L.stackEnd) stackCheck(L, L.top, 4 + LUA_MINSTACK)
    const f = L.top
    const ev = strFromJS(H, event)
    const U = H.vU
    U[2 * f] = r.fn; U[2 * f + 1] = TAG_FUNC
    U[2 * (f + 2)] = ev; U[2 * (f + 2) + 1] = TAG_STR
    if (line >= 0) H.vF[f + 3] = line
    else { U[2 * (f + 3)] = PAYLOAD_NONE; U[2 * (f + 3) + 1] = TAG_NIL }
    L.top = f + 4
    vmCall(L, f, 2)
  } finally {
    if (pc >= 0) linkPcPop(L)
    L.top = H.thStack[L.th] + topRel
    L.pc = pc0
    const cur = hookGet(L, L.th)
    if (cur !== undefined) cur.inHook = false
    hookSwitch(L)
  }
}

/** Is the instruction at [pc] invisible to line events (see the header)? */
function lineSkip(L: LuaState, pc: number, start: number): boolean {
  const bc = L.H.bc
  const op = bc[pc] & 0xff
  if (op === BC.LOOP || op === BC.ILOOP || op === BC.JLOOP) return true
  // Leading nil loads: everything from the start up to pc is KNIL / KPRI nil.
  for (let i = start; i <= pc; i++) {
    const ins = bc[i], o = ins & 0xff
    if (o === BC.KNIL) continue
    if (o === BC.KPRI && (ins >>> 16) === 0) continue
    return false
  }
  return true
}

/** Per-instruction hook check: the dispatch loop calls this before running
 *  the instruction at [pc] of the Lua frame at L.base while L.hookOn[0] is
 *  set. Returns 1 when a hook ran (the loop reloads its views and base). */
export function hookIns(L: LuaState, pc: number): number {
  const r = hookGet(L, L.th)
  if (r === undefined) { L.hookOn[0] = 0; return 0 }
  if (r.inHook) {
    if ((r.mask & HOOK_COUNT) !== 0 && --r.left <= 0) r.left = r.count
    return 0
  }
  r.retSkip = -1
  const H = L.H
  let ran = 0
  L.pc = pc + 1
  if ((r.mask & HOOK_COUNT) !== 0 && --r.left <= 0) {
    r.left = r.count
    callHook(L, r, 'count', -1, pc)
    ran = 1
  }
  if ((r.mask & HOOK_LINE) === 0) return ran
  const p = H.fnProto[H.vU[2 * (L.base - 2)]]
  const start = H.ptBc[p] + 1
  if (lineSkip(L, pc, start)) return ran
  const baseRel = L.base - H.thStack[L.th]
  let fire: boolean
  if (pc === start || lineSkip(L, pc - 1, start)) fire = true // function entry
  else {
    const old = baseRel === r.oldBase && r.oldPc >= 0 ? r.oldPc : pc - 1
    const oop = H.bc[old] & 0xff
    fire = pc <= old || H.bcLine[pc] !== H.bcLine[old] ||
      ((oop === BC.FORI || oop === BC.JFORI) && pc === old + 1)
  }
  r.oldPc = pc
  r.oldBase = baseRel
  if (fire) {
    callHook(L, r, 'line', H.bcLine[pc], pc)
    ran = 1
  }
  return ran
}

/** Call hook: vmPrecall has set up the frame at L.base (a Lua frame with
 *  L.pc at its first instruction, or a host frame about to run). */
export function hookCall(L: LuaState): number {
  const r = hookGet(L, L.th)
  if (r === undefined) { L.hookOn[0] = 0; return 0 }
  r.retSkip = -1
  if (r.inHook || (r.mask & HOOK_CALL) === 0) return 0
  const H = L.H
  const sb = H.thStack[L.th]
  const isLua = H.fnProto[H.vU[2 * (L.base - 2)]] !== 0
  const pc0 = L.pc
  if (isLua) L.pc = pc0 + 1 // the frame's current line is its first instruction's
  callHook(L, r, 'call', -1, isLua ? pc0 : -1)
  L.pc = pc0
  return H.thStack[L.th] - sb
}

/** debug.sethook just installed [th]'s hook from the host function at
 *  L.base: 5.1 reports that function's return to a new return hook. The
 *  event fires here; the vmReturn of the same frame (slow-path calls)
 *  skips it. */
export function hookSethookReturn(L: LuaState): void {
  const r = hookGet(L, L.th)
  if (r === undefined || r.inHook || (r.mask & HOOK_RET) === 0) return
  hookRet(L, L.base, L.top)
  r.retSkip = L.base - L.H.thStack[L.th]
}

/** Return hook: the frame at [base] returns results ending below [top].
 *  Returns how far the stack moved (the hook may grow it). */
export function hookRet(L: LuaState, base: number, top: number): number {
  const r = hookGet(L, L.th)
  if (r === undefined) { L.hookOn[0] = 0; return 0 }
  const H = L.H
  const sb = H.thStack[L.th]
  if (r.retSkip >= 0) {
    const skip = r.retSkip === base - sb
    r.retSkip = -1
    if (skip) return 0
  }
  if (r.inHook || (r.mask & HOOK_RET) === 0) return 0
  const base0 = L.base, top0 = L.top
  L.base = base
  if (L.top < top) L.top = top
  const isLua = H.fnProto[H.vU[2 * (base - 2)]] !== 0
  callHook(L, r, 'return', -1, isLua ? L.pc - 1 : -1)
  // 5.1 then reports the frames this one replaced by tail calls.
  const tails = isLua ? frameTails(L, L.base) : 0
  for (let i = 0; i < tails; i++) {
    const cur = hookGet(L, L.th)
    if (cur === undefined || (cur.mask & HOOK_RET) === 0) break
    callHook(L, cur, 'tail return', -1, L.pc - 1)
  }
  const d = H.thStack[L.th] - sb
  L.base = base0 + d
  L.top = top0 + d
  return d
}
