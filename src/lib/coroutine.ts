// The coroutine library: create, resume, yield, status, wrap, running.
//
// Each coroutine is a thread with its own stack in the value arena. resume
// switches L to the coroutine's stack and runs a nested dispatch loop on it
// (one JS level per active resume, bounded by LUAI_MAXCCALLS). yield is a
// host function that sets L.yielding; the dispatch loop returns at once,
// leaving the coroutine suspended inside that call (thBase/thTop/thPc
// record where). The next resume delivers its arguments as the results of
// the pending yield call through vmReturn and re-enters the loop. Because
// pcall and metamethod calls are frames, not JS recursion, a coroutine may
// yield across them, as in LuaJIT.
import { TAG_FALSE, TAG_STR, TAG_FUNC, TAG_THREAD, PAYLOAD_NONE } from '../../soa/value'
import { strFromJS, strToJS } from '../rt/str'
import { thNew } from '../rt/thread'
import { uvClose } from '../rt/func'
import { tabNew } from '../rt/tab'
import {
  argCount, argTag, argError, pushObj, pushNil, pushRoom, pushJS,
  setFunc, hostClosure, toStringRaw,
} from '../vm/aux'
import { luaError, where } from '../vm/debug'
import { LuaThrow } from '../vm/error'
import { vmPrecall, vmReturn, stackCheck } from '../vm/call'
import { vmExecute } from '../vm/interp'
import { hookSwitch, hookInherit } from '../vm/hook'
import { thEnvSwitch, thEnvInherit } from '../vm/compat'
import { toLuaThrow } from '../vm/unwind'
import { setField } from '../vm/aux'
import {
  CO_DEAD, CO_NORMAL, CO_RUNNING, CO_SUSPENDED, FRAME_C, LUAI_MAXCCALLS, LUA_MINSTACK,
  type LuaState,
} from '../vm/state'

/** Resume [co] with [nargs] values at slot [first] of the running stack.
 *  Pushes the results (or the error value) and returns true on success. */
export function coResumeCore(L: LuaState, co: number, first: number, nargs: number): boolean {
  const H = L.H
  const st = H.thStatus[co]
  if (co === L.th || st === CO_RUNNING) { pushJS(L, 'cannot resume running coroutine'); return false }
  if (st === CO_NORMAL) { pushJS(L, 'cannot resume normal coroutine'); return false }
  if (st === CO_DEAD) { pushJS(L, 'cannot resume dead coroutine'); return false }
  if (L.nCcalls >= LUAI_MAXCCALLS) { pushJS(L, 'C stack overflow'); return false }
  const th0 = L.th, base0 = L.base, top0 = L.top, pc0 = L.pc, bcc0 = L.baseCcalls
  H.thTop[th0] = L.top
  H.thStatus[th0] = CO_NORMAL
  L.th = co
  H.curThread = co
  hookSwitch(L) // debug hooks are per thread
  thEnvSwitch(L, th0, co) // and so are globals tables (5.1)
  L.stackEnd = H.thStack[co] + H.thSize[co]
  H.thStatus[co] = CO_RUNNING
  L.nCcalls++
  L.baseCcalls = L.nCcalls
  let r = 0
  let err: LuaThrow | null = null
  let errBase = 0, errPc = 0, errTop = 0
  try {
    if (H.thAux0[co] === 0) {
      H.thAux0[co] = 1
      let stack = H.thStack[co]
      L.base = stack + 2
      L.top = stack + 2
      stackCheck(L, L.top, nargs + LUA_MINSTACK)
      stack = H.thStack[co]
      const U = H.vU
      for (let i = 0; i < nargs; i++) {
        U[2 * (stack + 2 + i)] = U[2 * (first + i)]; U[2 * (stack + 2 + i) + 1] = U[2 * (first + i) + 1]
      }
      H.vF[stack + 1] = FRAME_C
      L.top = stack + 2 + nargs
      r = vmPrecall(L, stack, nargs)
      if (r === 1) r = vmExecute(L)
      else if (r !== 2) r = 1
    } else {
      const b = H.thBase[co]
      L.base = b
      L.top = H.thTop[co]
      L.pc = H.thPc[co]
      const d = stackCheck(L, L.top, nargs + LUA_MINSTACK)
      const t = L.top
      const U = H.vU
      for (let i = 0; i < nargs; i++) {
        U[2 * (t + i)] = U[2 * (first + i)]; U[2 * (t + i) + 1] = U[2 * (first + i) + 1]
      }
      L.top = t + nargs
      r = vmReturn(L, b + d, t, nargs) === 0 ? vmExecute(L) : 1
    }
  } catch (e) {
    errBase = L.base; errPc = L.pc; errTop = L.top > L.base ? L.top : L.base // frames kept for debug.traceback(co)
    try {
      err = toLuaThrow(L, e)
    } catch (e2) {
      // Not a Lua error (a limit stop): leave the coroutine dead, restore
      // the resumer and let it propagate.
      H.thStatus[co] = CO_DEAD
      L.th = th0; H.curThread = th0; H.thStatus[th0] = CO_RUNNING
      hookSwitch(L)
      thEnvSwitch(L, co, th0)
      L.base = base0; L.top = top0; L.pc = pc0; L.baseCcalls = bcc0
      L.stackEnd = H.thStack[th0] + H.thSize[th0]
      throw e2
    }
  } finally {
    L.nCcalls--
  }
  let src = 0, n = 0
  if (err !== null) {
    H.thStatus[co] = CO_DEAD
    uvClose(H, co, H.thStack[co]) // closures made inside keep their values
    // 5.1 keeps the frames of a coroutine killed by an error (tracebacks).
    H.thBase[co] = errBase; H.thPc[co] = errPc; H.thTop[co] = errTop
    H.thAux0[co] = 2
  } else if (r === 2) {
    n = L.yielding - 1
    L.yielding = 0
    H.thBase[co] = L.base
    H.thTop[co] = L.top
    H.thPc[co] = L.pc
    H.thStatus[co] = CO_SUSPENDED
    src = L.top - n
  } else {
    n = L.nres
    src = H.thStack[co]
    H.thStatus[co] = CO_DEAD
    uvClose(H, co, H.thStack[co])
    H.thTop[co] = H.thStack[co]
  }
  L.th = th0
  H.curThread = th0
  H.thStatus[th0] = CO_RUNNING
  hookSwitch(L)
  thEnvSwitch(L, co, th0)
  L.base = base0
  L.top = top0
  L.pc = pc0
  L.stackEnd = H.thStack[th0] + H.thSize[th0]
  L.baseCcalls = bcc0
  if (err !== null) {
    pushObj(L, err.hi, err.lo)
    return false
  }
  pushRoom(L, n + 1)
  const U = H.vU
  for (let i = 0; i < n; i++) {
    const t = L.top++
    U[2 * t] = U[2 * (src + i)]; U[2 * t + 1] = U[2 * (src + i) + 1]
  }
  return true
}

/** Argument 1 must be a coroutine (5.1's getco message). */
function checkCo(L: LuaState): number {
  if (argTag(L, 0) !== TAG_THREAD) argError(L, 0, 'coroutine expected')
  return L.H.vU[2 * L.base]
}

/** coroutine.create(f) */
function coCreate(L: LuaState): number {
  const H = L.H
  if (argTag(L, 0) !== TAG_FUNC || H.fnProto[H.vU[2 * L.base]] === 0) argError(L, 0, 'Lua function expected')
  const f = H.vU[2 * L.base]
  const co = thNew(H, 64)
  hookInherit(L, co) // 5.1: a new thread gets its creator's hook
  thEnvInherit(L, co) // and globals
  const s = H.thStack[co]
  H.vU[2 * s] = f; H.vU[2 * s + 1] = TAG_FUNC
  H.thTop[co] = s + 1
  H.thStatus[co] = CO_SUSPENDED
  H.thAux0[co] = 0
  pushObj(L, TAG_THREAD, co)
  return 1
}

/** coroutine.resume(co, ...) */
function coResume(L: LuaState): number {
  const co = checkCo(L)
  const top = L.top
  const ok = coResumeCore(L, co, L.base + 1, argCount(L) - 1)
  // Results were pushed after the arguments: prepend the status.
  const n = L.top - top
  pushRoom(L, 1)
  const U = L.H.vU
  for (let i = L.top - 1; i >= top; i--) { U[2 * (i + 1)] = U[2 * i]; U[2 * (i + 1) + 1] = U[2 * i + 1] }
  U[2 * top] = PAYLOAD_NONE; U[2 * top + 1] = ok ? 0xfffffffd : TAG_FALSE
  L.top++
  return n + 1
}

/** coroutine.yield(...) */
function coYield(L: LuaState): number {
  const H = L.H
  if (L.th === H.mainThread || L.nCcalls !== L.baseCcalls) {
    // lua_yield raises this without a position (the running function is C).
    const msg = 'attempt to yield across metamethod/C-call boundary'
    throw new LuaThrow(TAG_STR, strFromJS(H, msg), msg)
  }
  const n = argCount(L)
  L.yielding = n + 1
  return n
}

/** coroutine.status(co) */
function coStatus(L: LuaState): number {
  const H = L.H
  const co = checkCo(L)
  let s: string
  if (co === L.th) s = 'running'
  else switch (H.thStatus[co]) {
    case CO_SUSPENDED: s = 'suspended'; break
    case CO_NORMAL: s = 'normal'; break
    case CO_RUNNING: s = 'running'; break
    default: s = 'dead'
  }
  pushJS(L, s)
  return 1
}

/** coroutine.running() */
function coRunning(L: LuaState): number {
  if (L.th === L.H.mainThread) pushNil(L)
  else pushObj(L, TAG_THREAD, L.th)
  return 1
}

/** The function returned by coroutine.wrap. */
function coWrapAux(L: LuaState): number {
  const H = L.H
  const self = H.vU[2 * (L.base - 2)]
  const co = H.vU[2 * H.fnUpv[self]]
  const top = L.top
  const ok = coResumeCore(L, co, L.base, argCount(L))
  if (!ok) {
    const U = H.vU
    const e = L.top - 1
    let hi = U[2 * e + 1], lo = U[2 * e]
    if (hi === TAG_STR) {
      const msg = where(L, 1) + strToJS(H, lo)
      lo = strFromJS(H, msg)
      hi = TAG_STR
    }
    throw new LuaThrow(hi, lo, hi === TAG_STR ? strToJS(H, lo) : toStringRaw(L, hi, lo))
  }
  return L.top - top
}

/** coroutine.wrap(f) */
function coWrap(L: LuaState): number {
  const H = L.H
  coCreate(L)
  const co = H.vU[2 * (L.top - 1)]
  const f = hostClosure(L, coWrapAux, 'wrap', 1)
  const s = H.fnUpv[f]
  H.vU[2 * s] = co; H.vU[2 * s + 1] = TAG_THREAD
  L.top--
  pushObj(L, TAG_FUNC, f)
  return 1
}

/** Open the coroutine library. */
export function openCoroutine(L: LuaState): void {
  const H = L.H
  const t = tabNew(H, 0, 8)
  setField(L, H.globals, 'coroutine', 0xfffffff4, t)
  setFunc(L, t, 'create', coCreate)
  setFunc(L, t, 'resume', coResume)
  setFunc(L, t, 'yield', coYield)
  setFunc(L, t, 'status', coStatus)
  setFunc(L, t, 'running', coRunning)
  setFunc(L, t, 'wrap', coWrap)
}
