// Async runs: Lua code in a coroutine that host functions suspend by
// returning a Promise.
//
// runAsync / callAsync run the function on a fresh thread whose stack is
// laid out like a protected API call (pcall.ts), so errors get the same
// traceback and frames as on the sync path:
//
//   co stack:  [handler][C link, delta 0][handler][g][XPCALL link][args..]
//
// The driver resumes the thread step by step. A step switches L to the
// thread (saving the resumer exactly as coroutine.resume does), marks it
// the async thread (E.asyncTh) and runs until the function returns or
// yields. The JS trampoline (convert.ts), seeing a thenable returned on
// the async thread with no host call in between (L.nCcalls ===
// L.baseCcalls), stores it in E.pending and yields with no values. Because
// pcall, metamethods and Lua calls are frames, not JS recursion, the
// yield works from any depth. The driver then awaits the promise (racing
// the AbortSignal and the time limit) and resumes:
//
//   fulfilled  the value (a LuaMulti: several) becomes the results of the
//              host call that returned the promise (vmReturn);
//   rejected   the reason is raised at that call as a Lua error (a
//              LuaError of this engine keeps its Lua value), unwinding to
//              the nearest pcall or to the run's handler (vmUnwind).
//
// A plain coroutine.yield() at the top of an async run yields to the event
// loop and resumes with no values. While suspended the thread's status is
// "normal", so Lua code cannot resume it. Limits count per run across
// steps; a limit or abort kills the thread and rejects with LuaLimitError.
import { TAG_FUNC, TAG_THREAD } from '../../soa/value'
import { thNew } from '../rt/thread'
import { gcPin, gcUnpin } from '../rt/gc'
import { vmPrecall, vmReturn, stackCheck } from '../vm/call'
import { vmExecute } from '../vm/interp'
import { vmUnwind } from '../vm/unwind'
import { LuaThrow } from '../vm/error'
import {
  BUDGET_NONE, CO_DEAD, CO_NORMAL, CO_RUNNING, FRAME_C, FRAME_XPCALL, LUA_MINSTACK, outFlush,
} from '../vm/state'
import { coreNow, type EngineCore, type RunBudget, type StringMode } from './core'
import { LuaLimitError, LIMIT_MESSAGES, errorMark, type LuaLimitKind } from './errors'
import { LuaMulti, jsToSlot, hostError } from './convert'
import { apiResults, errorFromThrow } from './pcall'
import { limitsBudget, limitsHook, limitsRefill, limitsUnhook } from './limits'
import { traceCapture } from './trace'

/** One async run. */
interface AsyncRun {
  co: number // its thread
  nargs: number
  mode: StringMode
  rb: RunBudget | null // limits / signal counters (null: none)
  signal: AbortSignal | null
  pending: PromiseLike<unknown> | null // what the last step waits for
  values: unknown[] // results when done
  error: unknown // failure when failed
  failed: boolean
}

/** Extra stack slots of an async run's thread (see asyncNew). */
const ASYNC_STACK_SLACK = 256

const STEP_FIRST = 0, STEP_RESOLVE = 1, STEP_REJECT = 2
const WAIT_OK = 0, WAIT_ERR = 1, WAIT_LIMIT = 2

/** What waiting for a step's promise gave. */
interface Waited {
  how: number // WAIT_*
  value: unknown
  kind: LuaLimitKind
}

/** A new run of Lua value ([hi], [lo]) with [args] on its own thread. */
function asyncNew(E: EngineCore, hi: number, lo: number, args: readonly unknown[],
  signal: AbortSignal | null, mode: StringMode): AsyncRun {
  const H = E.H
  const n = args.length
  // Room for the handler call vmUnwind makes at an error: it does not
  // rebase the protected frame if that call grows (moves) the stack.
  const co = thNew(H, 5 + n + LUA_MINSTACK + ASYNC_STACK_SLACK)
  gcPin(H, TAG_THREAD, co)
  const s = H.thStack[co]
  const U = H.vU
  U[2 * s] = E.handlerFn; U[2 * s + 1] = TAG_FUNC
  H.vF[s + 1] = FRAME_C
  U[2 * (s + 2)] = E.handlerFn; U[2 * (s + 2) + 1] = TAG_FUNC
  U[2 * (s + 3)] = lo; U[2 * (s + 3) + 1] = hi
  H.vF[s + 4] = 3 * 8 + FRAME_XPCALL
  for (let i = 0; i < n; i++) jsToSlot(E, H.thStack[co] + 5 + i, args[i])
  H.thTop[co] = H.thStack[co] + 5 + n
  H.thStatus[co] = CO_NORMAL
  H.thAux0[co] = 1
  const rb = E.lim.any || signal !== null ? limitsBudget(E, signal) : null
  return { co, nargs: n, mode, rb, signal, pending: null, values: [], error: undefined, failed: false }
}

/** Resume [run] once ([how] = STEP_*, with [val]); true when it finished
 *  (values or error set), false when it waits for run.pending. */
function asyncStep(E: EngineCore, run: AsyncRun, how: number, val: unknown): boolean {
  const L = E.L, H = E.H, co = run.co
  const th0 = L.th, base0 = L.base, top0 = L.top, pc0 = L.pc, bcc0 = L.baseCcalls
  const asy0 = E.asyncTh, cur0 = E.cur, bud0 = L.budget
  H.thTop[th0] = L.top
  H.thStatus[th0] = CO_NORMAL
  L.th = co
  H.curThread = co
  L.stackEnd = H.thStack[co] + H.thSize[co]
  H.thStatus[co] = CO_RUNNING
  L.nCcalls++
  L.baseCcalls = L.nCcalls
  E.asyncTh = co
  E.pending = null
  E.depth++
  if (run.rb !== null) { limitsHook(E); E.cur = run.rb; limitsRefill(E, run.rb) } else { E.cur = null; L.budget = BUDGET_NONE }
  let r = 0
  try {
    try {
      if (how === STEP_FIRST) {
        const s = H.thStack[co]
        L.base = s + 5
        L.top = s + 5 + run.nargs
        r = vmPrecall(L, s + 3, run.nargs)
        if (r === 1) r = vmExecute(L)
        else if (r !== 2) r = 1
      } else {
        const b = H.thBase[co]
        L.base = b
        L.top = H.thTop[co]
        L.pc = H.thPc[co]
        if (how === STEP_RESOLVE) {
          const vs: readonly unknown[] = val instanceof LuaMulti ? val.values : val === undefined ? [] : [val]
          const d = stackCheck(L, L.top, vs.length + LUA_MINSTACK)
          const t = L.top
          for (let i = 0; i < vs.length; i++) jsToSlot(E, t + i, vs[i])
          L.top = t + vs.length
          r = vmReturn(L, b + d, t, vs.length) === 0 ? vmExecute(L) : 1
        } else {
          const t = hostError(E, L, val)
          if (!(t instanceof LuaThrow)) throw t
          r = vmUnwind(L, t) === 0 ? vmExecute(L) : 1
        }
      }
    } catch (e) {
      r = vmUnwind(L, e) === 0 ? vmExecute(L) : 1
    }
  } catch (e) {
    run.failed = true
    run.error = errorFromThrow(E, e)
    r = -1
  } finally {
    L.nCcalls--
  }
  L.yielding = 0
  if (r === 2) {
    run.pending = E.pending
    H.thBase[co] = L.base
    H.thTop[co] = L.top
    H.thPc[co] = L.pc
    H.thStatus[co] = CO_NORMAL
  } else {
    if (r === 1) {
      try {
        run.values = apiResults(E, H.thStack[co], L.nres, run.mode)
      } catch (e) {
        run.failed = true
        run.error = e
      }
    }
    H.thStatus[co] = CO_DEAD
    H.thTop[co] = H.thStack[co]
  }
  if (run.rb !== null && E.cur === run.rb) run.rb.used += run.rb.chunk - L.budget
  E.pending = null
  L.th = th0
  H.curThread = th0
  H.thStatus[th0] = CO_RUNNING
  L.base = base0
  L.top = top0
  L.pc = pc0
  L.stackEnd = H.thStack[th0] + H.thSize[th0]
  L.baseCcalls = bcc0
  E.asyncTh = asy0
  E.cur = cur0
  L.budget = bud0
  limitsUnhook(E)
  if (--E.depth === 0) outFlush(L)
  return r !== 2
}

/** Wait for [p] (null: one event loop turn), racing abort and deadline. */
function asyncWait(run: AsyncRun, p: PromiseLike<unknown> | null): Promise<Waited> {
  return new Promise<Waited>((resolve) => {
    let settled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const sig = run.signal
    const finish = (w: Waited): void => {
      if (settled) return
      settled = true
      if (timer !== undefined) clearTimeout(timer)
      if (sig !== null) sig.removeEventListener('abort', onAbort)
      resolve(w)
    }
    const onAbort = (): void => {
      finish({ how: WAIT_LIMIT, value: sig !== null ? sig.reason : undefined, kind: 'abort' })
    }
    if (sig !== null) {
      if (sig.aborted) { onAbort(); return }
      sig.addEventListener('abort', onAbort, { once: true })
    }
    const dl = run.rb !== null ? run.rb.deadline : Infinity
    if (dl !== Infinity) {
      timer = setTimeout(() => { finish({ how: WAIT_LIMIT, value: undefined, kind: 'time' }) },
        Math.max(0, dl - coreNow()))
    }
    if (p === null) {
      setTimeout(() => { finish({ how: WAIT_OK, value: undefined, kind: 'time' }) }, 0)
      return
    }
    Promise.resolve(p).then(
      (v: unknown) => { finish({ how: WAIT_OK, value: v, kind: 'time' }) },
      (e: unknown) => { finish({ how: WAIT_ERR, value: e, kind: 'time' }) },
    )
  })
}

/** Kill [run] for limit [kind] while it waits (traceback at the wait). */
function asyncKill(E: EngineCore, run: AsyncRun, kind: LuaLimitKind, cause: unknown): void {
  const L = E.L, H = E.H
  const th0 = L.th, base0 = L.base, pc0 = L.pc
  L.th = run.co
  L.base = H.thBase[run.co]
  L.pc = H.thPc[run.co]
  const tb = traceCapture(L, 0)
  L.th = th0
  L.base = base0
  L.pc = pc0
  H.thStatus[run.co] = CO_DEAD
  H.thTop[run.co] = H.thStack[run.co]
  run.failed = true
  run.error = errorMark(E, new LuaLimitError(kind, LIMIT_MESSAGES[kind], {
    value: LIMIT_MESSAGES[kind], traceback: tb.text, frames: tb.frames, cause,
  }))
}

/** Drive [run] to the end. */
async function asyncDrive(E: EngineCore, run: AsyncRun): Promise<unknown[]> {
  try {
    if (run.signal !== null && run.signal.aborted) {
      run.failed = true
      run.error = errorMark(E, new LuaLimitError('abort', LIMIT_MESSAGES.abort, { cause: run.signal.reason }))
    } else {
      let how = STEP_FIRST
      let val: unknown = undefined
      while (!asyncStep(E, run, how, val)) {
        const w = await asyncWait(run, run.pending)
        run.pending = null
        if (E.closed) throw new Error('LuaEngine is closed')
        if (w.how === WAIT_LIMIT) { asyncKill(E, run, w.kind, w.value); break }
        how = w.how === WAIT_OK ? STEP_RESOLVE : STEP_REJECT
        val = w.value
      }
    }
  } finally {
    if (!E.closed) gcUnpin(E.H, TAG_THREAD, run.co)
  }
  if (run.failed) throw run.error
  return run.values
}

/** Call Lua value ([hi], [lo]) with [args] as an async run. */
export function asyncCall(E: EngineCore, hi: number, lo: number, args: readonly unknown[],
  signal: AbortSignal | null, mode?: StringMode): Promise<unknown[]> {
  if (E.closed) return Promise.reject(new Error('LuaEngine is closed'))
  let run: AsyncRun
  try {
    run = asyncNew(E, hi, lo, args, signal, mode !== undefined ? mode : E.strings)
  } catch (e) {
    return Promise.reject(e)
  }
  return asyncDrive(E, run)
}
