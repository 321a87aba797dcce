// Limits: instructions, memory bytes, wall time, call depth, string size
// and AbortSignal, checked through the interpreter's budget hook.
//
// The interpreter subtracts from L.budget at every backward jump (the loop
// span) and every Lua function entry (the function's size), so the budget
// units bound the instructions executed, and calls L.onBudget when it
// drops below zero (state.ts). With no limit set the budget stays at
// BUDGET_NONE and the hook never runs: limits cost nothing then.
//
// With limits, each outermost run (sync entry or async run) has a
// RunBudget. The hook grants the interpreter at most CHECK_UNITS units at a
// time (fewer when the instruction limit is closer, or when a depth limit
// needs frequent checks); when they are spent, limitCheck adds what was
// used and checks, in order:
//
//   instructions  used > limit
//   abort         the run's AbortSignal fired
//   time          the performance clock passed the deadline
//   memory        H.gcBytes (exact heap bytes) > limit: first a full
//                 collection (the hook runs at a safe point: the running
//                 frame's registers are below L.base + frame size, which
//                 becomes thTop), then the check again
//   string        a string longer than the limit was created since the
//                 last check: the strings created since then lie in
//                 H.strData above E.strSeen, each with an 8-byte header
//                 (u32 length, u32 id), so the walk is over new strings only
//   depth         more frames than the limit on the running thread
//
// A limit that fires records the traceback (limitInfo) and throws
// LuaLimitThrow, which Lua's pcall does not catch; the API turns it into a
// LuaLimitError. Library functions that work long without returning to the
// interpreter (pattern matching, string.rep, table.concat) are guarded in
// limits_lib.ts.
import { gcCollect } from '../rt/gc'
import { frameProto } from '../vm/debug'
import { LuaLimitThrow } from '../vm/error'
import { BUDGET_NONE, budgetRefill, type LuaState } from '../vm/state'
import { coreNow, type EngineCore, type RunBudget } from './core'
import { LIMIT_MESSAGES, type LuaLimitKind } from './errors'
import { traceCapture, traceDepth } from './trace'

/** Budget units granted between two checks (time, abort). */
const CHECK_UNITS = 1 << 16
/** Units between checks with a memory or string limit (host functions
 *  in a loop may allocate a lot per unit). */
const ALLOC_CHECK_UNITS = 1 << 12
/** Units between checks when a call depth limit is set. */
const DEPTH_CHECK_UNITS = 256
/** With a string limit, collect at least every this many bytes (the
 *  collection forces a check, see limitsMarkHook). */
const STR_GC_SLACK = 1 << 20

/** Limits accepted by LuaEngine (all optional; absent = no limit). */
export interface LuaLimits {
  /** Instruction budget per run (an upper bound of VM instructions). */
  instructions?: number
  /** Heap size limit in bytes (exact heap accounting). */
  memoryBytes?: number
  /** Wall-clock limit per run, in milliseconds. */
  timeMs?: number
  /** Maximum number of active call frames. */
  callDepth?: number
  /** Maximum length of any string created, in bytes. */
  stringBytes?: number
}

/** A positive number or Infinity for an optional limit [v]. */
function limitValue(v: number | undefined, name: string): number {
  if (v === undefined) return Infinity
  if (typeof v !== 'number' || !(v >= 0)) throw new TypeError('limits.' + name + ' must be a number >= 0')
  return v
}

/** Configure the limits of [E] (replacing earlier ones). */
export function limitsSet(E: EngineCore, lim: LuaLimits | undefined): void {
  const c = E.lim
  c.instructions = limitValue(lim?.instructions, 'instructions')
  c.memoryBytes = limitValue(lim?.memoryBytes, 'memoryBytes')
  c.timeMs = limitValue(lim?.timeMs, 'timeMs')
  c.callDepth = limitValue(lim?.callDepth, 'callDepth')
  c.stringBytes = limitValue(lim?.stringBytes, 'stringBytes')
  c.any = c.instructions !== Infinity || c.memoryBytes !== Infinity || c.timeMs !== Infinity ||
    c.callDepth !== Infinity || c.stringBytes !== Infinity
  E.strSeen = E.H.strDataTop
  if (c.any) limitsHook(E)
  else limitsUnhook(E)
  if ((c.memoryBytes !== Infinity || c.stringBytes !== Infinity) && !E.markHooked) {
    E.markHooked = true
    const prev = E.H.gcMarkHook
    E.H.gcMarkHook = (H) => {
      if (prev !== null) prev(H)
      limitForce(E)
    }
  }
}

/** A collection ran (mark hook): check the limits at the next budget
 *  point. Allocation-heavy code reaches collections (CAT, TNEW ... are
 *  safe points) long before it spends its budget units. */
function limitForce(E: EngineCore): void {
  const rb = E.cur
  if (rb === null || !(E.lim.memoryBytes !== Infinity || E.lim.stringBytes !== Infinity)) return
  const L = E.L
  rb.used += rb.chunk - L.budget
  rb.chunk = 0
  L.budget = -1
}

/** Install the budget hook of [E] (once). */
export function limitsHook(E: EngineCore): void {
  const L = E.L
  if (L.onBudget !== E.hookFn) L.onBudget = E.hookFn
}

/** Remove the budget hook when nothing needs it (no limits, no run
 *  counting): the interpreter then runs at full speed and the JIT enters
 *  its traces again. */
export function limitsUnhook(E: EngineCore): void {
  if (!E.lim.any && E.cur === null) E.L.onBudget = budgetRefill
}

/** A fresh run budget for a run with [signal]. */
export function limitsBudget(E: EngineCore, signal: AbortSignal | null): RunBudget {
  const t = E.lim.timeMs
  return { used: 0, chunk: 0, deadline: t !== Infinity ? coreNow() + t : Infinity, signal }
}

/** Start the outermost run: budget [rb] (a new one if null) counts. */
export function limitsEnter(E: EngineCore, signal: AbortSignal | null): RunBudget {
  const rb = limitsBudget(E, signal)
  limitsHook(E)
  E.cur = rb
  limitsRefill(E, rb)
  return rb
}

/** End the current run: account its units, stop counting. */
export function limitsLeave(E: EngineCore): void {
  const rb = E.cur
  if (rb !== null) rb.used += rb.chunk - E.L.budget
  E.cur = null
  E.L.budget = BUDGET_NONE
  limitsUnhook(E)
}

/** Grant the next units of [rb] to the interpreter. */
export function limitsRefill(E: EngineCore, rb: RunBudget): void {
  const lim = E.lim
  let c = lim.callDepth !== Infinity ? DEPTH_CHECK_UNITS
    : lim.memoryBytes !== Infinity || lim.stringBytes !== Infinity ? ALLOC_CHECK_UNITS : CHECK_UNITS
  const left = lim.instructions - rb.used
  if (left < c) c = left > 0 ? left : 0
  rb.chunk = c
  E.L.budget = c
  // Collect (and so check again) before the heap passes the limits.
  const H = E.H
  if (H.gcThreshold > lim.memoryBytes) H.gcThreshold = lim.memoryBytes
  if (lim.stringBytes !== Infinity) {
    const t = H.gcBytes + Math.max(2 * lim.stringBytes, STR_GC_SLACK)
    if (H.gcThreshold > t) H.gcThreshold = t
  }
}

/** Stop the run for limit [kind] (records the traceback). */
export function limitFire(E: EngineCore, kind: LuaLimitKind): never {
  const tb = traceCapture(E.L, 0)
  const sig = E.cur !== null ? E.cur.signal : null
  E.limitInfo = {
    traceback: tb.text, frames: tb.frames,
    cause: kind === 'abort' && sig !== null ? sig.reason : undefined,
  }
  throw new LuaLimitThrow(kind, LIMIT_MESSAGES[kind])
}

/** Set the running thread's thTop to cover the running Lua frame, so a
 *  collection from the budget hook sees every live register. */
function syncTop(L: LuaState): void {
  const H = L.H
  let top = L.top
  const p = frameProto(L, L.base)
  if (p !== 0) {
    const t = L.base + H.ptFrameSize[p]
    if (t > top) top = t
  }
  H.thTop[L.th] = top
  H.curThread = L.th
}

/** Any string longer than the limit created since the last check? */
function stringsCheck(E: EngineCore): void {
  const H = E.H
  const top = H.strDataTop
  let p = E.strSeen
  if (top < p) { E.strSeen = top; return } // compacted: start over from here
  const d = H.strData, max = E.lim.stringBytes
  while (p + 8 <= top) {
    const len = (d[p] | (d[p + 1] << 8) | (d[p + 2] << 16) | (d[p + 3] << 24)) >>> 0
    if (len > max) { E.strSeen = top; limitFire(E, 'string') }
    p += 8 + len
  }
  E.strSeen = top
}

/** The budget hook body: account, check every limit, refill. [gcOk]: the
 *  caller is at a safe point (interpreter), so memory may be collected. */
export function limitCheck(E: EngineCore, L: LuaState, gcOk: boolean): void {
  const rb = E.cur
  if (rb === null) { L.budget = BUDGET_NONE; return }
  rb.used += rb.chunk - L.budget
  rb.chunk = 0
  L.budget = 0
  const lim = E.lim
  if (rb.used > lim.instructions) limitFire(E, 'instructions')
  if (rb.signal !== null && rb.signal.aborted) limitFire(E, 'abort')
  if (rb.deadline !== Infinity && coreNow() > rb.deadline) limitFire(E, 'time')
  if (lim.memoryBytes !== Infinity && E.H.gcBytes > lim.memoryBytes && gcOk) {
    syncTop(L)
    gcCollect(E.H)
    if (E.H.gcBytes > lim.memoryBytes) limitFire(E, 'memory')
  }
  if (lim.stringBytes !== Infinity) stringsCheck(E)
  if (lim.callDepth !== Infinity && traceDepth(L, lim.callDepth) > lim.callDepth) limitFire(E, 'depth')
  limitsRefill(E, rb)
}

/** Charge [n] units of work done outside the interpreter (pattern
 *  matching); checks limits (without collecting) when the budget runs
 *  out. */
export function limitCharge(E: EngineCore, n: number): void {
  const L = E.L
  if (E.cur === null) return
  L.budget -= n
  if (L.budget < 0) limitCheck(E, L, false)
}

/** Would [bytes] more bytes in one string break the string or memory
 *  limit? Fires it if so (string.rep, table.concat guards). */
export function limitAlloc(E: EngineCore, bytes: number): void {
  const lim = E.lim, H = E.H
  if (bytes > lim.stringBytes) limitFire(E, 'string')
  if (H.gcBytes + bytes > lim.memoryBytes) {
    // Called on entry to a host function: its arguments are below L.top,
    // so this is as safe a point as the interpreter has.
    syncTop(E.L)
    gcCollect(H)
    if (H.gcBytes + bytes > lim.memoryBytes) limitFire(E, 'memory')
  }
}
