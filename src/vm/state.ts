// Execution state: the one object the interpreter and host functions share.
//
// The heap (src/rt/heap.ts) owns every Lua object; LuaState is the running
// view onto it: the current thread, its frame base and top, the C-call
// depth, and the ids of the builtins the interpreter special-cases.
//
// Host function ABI (like lua_CFunction):
//   - arguments are the arena slots L.base .. L.top-1 (nargs = L.top-L.base);
//   - the function pushes its results at L.top (after ensuring space with
//     stackCheck) and returns how many it pushed: the last n slots below
//     L.top are the results;
//   - errors are thrown as LuaThrow (src/vm/error.ts), never plain JS errors;
//   - anything that allocates may grow the arena: re-read L.H.vF / L.H.vU
//     and L.base (the stack may move) after such calls.
//
// Frames (LuaJIT's two-slot "FR2" layout). A frame with base b has its
// function in slot b-2 and its frame link in slot b-1, stored as a number:
//
//   slot b-2: function value (TAG_FUNC + closure id)
//   slot b-1: link, a double holding an integer:
//     link & 7 == FRAME_LUA   link = retpc * 8: return into a Lua frame;
//                             the caller's base is b - 2 - A(bc[retpc-1])
//     otherwise               link = delta * 8 + type: the previous frame's
//                             base is b - delta (C, CONT, VARG, PCALL ...)
//   slots b .. : arguments / registers
//
// A continuation frame (metamethod called in the middle of an instruction)
// keeps two more slots below its function:
//   slot b-4: continuation kind (CONT_*), slot b-3: resume pc.
import type { Heap } from '../rt/heap'

/** A host (JS) function callable from Lua. Returns the result count. */
export type HostFn = (L: LuaState) => number

// -- Frame types ------------------------------------------------------------
export const FRAME_LUA = 0 // return into a Lua frame
export const FRAME_C = 1 // return to a host caller (vmCall)
export const FRAME_CONT = 2 // continuation of a metamethod call
export const FRAME_VARG = 3 // vararg frame: fixed args moved up by delta
export const FRAME_PCALL = 5 // pcall: prepend true to the results
export const FRAME_XPCALL = 6 // xpcall: handler in slot (b - delta)

// -- Continuations (what to do with a metamethod's first result) ------------
export const CONT_RA = 0 // store into A of the instruction at pc-1
export const CONT_NOP = 1 // ignore the result (__newindex)
export const CONT_CONDT = 2 // take the jump at pc if the result is truthy
export const CONT_CONDF = 3 // take the jump at pc if the result is falsy
export const CONT_CAT = 4 // CAT: store into slot CONT_CAT_POS of the kind
export const CONT_CAT_SHIFT = 4 // kind = CONT_CAT | pos << CONT_CAT_SHIFT
export const CONT_RET = 5 // return the results from the caller (host tail call)

/** Thread status (thStatus column). */
export const CO_SUSPENDED = 0
export const CO_RUNNING = 1
export const CO_NORMAL = 2
export const CO_DEAD = 3

/** Limits. */
export const LUAI_MAXCCALLS = 200 // nested host->Lua calls ("C stack overflow")
export const LUA_MINSTACK = 20 // free slots a host function may use
export const STACK_EXTRA = 16 // slots kept free above a frame for CONT frames
export const STACK_MAX = 1000000 // slots per thread before "stack overflow"
export const STACK_ERR_RESERVE = 2000 // extra slots for error handlers

/** The interpreter's running state. Created once per engine by stateNew. */
export interface LuaState {
  H: Heap
  th: number // running thread id
  base: number // arena slot of the current frame's first argument/register
  top: number // arena slot one past the last live value
  pc: number // saved pc of the current Lua frame (absolute index in H.bc)
  stackEnd: number // arena slot one past the running thread's stack
  multres: number // result count of the last multi-result call or VARG
  nres: number // results of the last frame returned to a host caller
  nCcalls: number // host->Lua nesting depth
  baseCcalls: number // nCcalls when the running coroutine was resumed
  yielding: number // >0: the running coroutine yields that many values
  nextFn: number // closure id of the builtin next (ISNEXT check)
  pcallFn: number // closure id of pcall
  xpcallFn: number // closure id of xpcall
  tostringFn: number // closure id of the builtin tostring
  ipairsAuxFn: number // closure id of the ipairs iterator
  hot: Uint16Array // hot counters, indexed by (pc >> 2) & 63
  jitHook: ((L: LuaState, pc: number) => void) | null
  write: (b: Uint8Array) => void // stdout sink for print/io.write
  writeErr: (b: Uint8Array) => void // stderr sink
  budget: number // instruction budget left before onBudget runs (see below)
  onBudget: (L: LuaState) => void // limit check: may throw LuaLimitThrow
  scratch: number // 4 arena slots for keys/tables the loop materialises
  typeNames: Int32Array // interned type() names per TYPE_NAMES index
  outBuf: Uint8Array // buffered stdout bytes
  outN: number
  readFile: (path: string) => Uint8Array | null // file loader (loadfile, dofile)
  ffHost: Uint8Array // fast-function id per host function index (ffRegister)
  mcSite: Int32Array // method-cache line per bytecode index, 0 = none (meta.ts)
  mcPool: Int32Array // method-cache lines
  mcTop: number // next free line offset in mcPool
  hookOn: Int32Array // [0] != 0: the running thread has a debug hook (src/vm/hook.ts)
  tcache: Int32Array // shape-transition cache of TSETS sites (meta.ts)
}

// Instruction budget. Every backward jump (FORL, ITERL, LOOP, JMP back)
// subtracts the length of the loop span it closes, and every Lua function
// entry subtracts the function's size, so budget counts an upper bound of
// the instructions executed; no loop or recursion escapes it. When it drops
// below zero the loop calls L.onBudget, which checks limits (instructions,
// time, abort signal, memory) and refills it. With no limits set the budget
// starts at BUDGET_NONE and the check never fires.
export const BUDGET_NONE = 2 ** 52

/** Default budget hook: no limits, refill. */
export function budgetRefill(L: LuaState): void {
  L.budget = BUDGET_NONE
}

/** A fresh state over heap [H]; libraries fill in the builtin ids. */
export function stateNew(H: Heap): LuaState {
  return {
    H,
    th: H.mainThread,
    base: 0,
    top: 0,
    pc: 0,
    stackEnd: 0,
    multres: 0,
    nres: 0,
    nCcalls: 0,
    baseCcalls: 0,
    yielding: 0,
    nextFn: 0,
    pcallFn: 0,
    xpcallFn: 0,
    tostringFn: 0,
    ipairsAuxFn: 0,
    hot: new Uint16Array(64),
    jitHook: null,
    write: (b: Uint8Array) => { process.stdout.write(b) },
    writeErr: (b: Uint8Array) => { process.stderr.write(b) },
    budget: BUDGET_NONE,
    onBudget: budgetRefill,
    scratch: 0,
    typeNames: new Int32Array(14),
    outBuf: new Uint8Array(1 << 16),
    outN: 0,
    readFile: () => null,
    ffHost: new Uint8Array(256),
    mcSite: new Int32Array(0),
    mcPool: new Int32Array(0),
    mcTop: 0,
    hookOn: new Int32Array(1),
    tcache: new Int32Array(8 * 1024),
  }
}

// Fast functions: a library marks some of its host functions with a small
// id (FF_* of that library); the CALL instruction runs them inline on plain
// number arguments (no host frame, no megamorphic call) and falls back to
// the host function for anything else. Ids: 1..15 bit (src/lib/bit.ts).

/** Mark host closure [fn] as fast function [id] for the interpreter. */
export function ffRegister(L: LuaState, fn: number, id: number): void {
  const hx = L.H.fnHost[fn]
  if (hx >= L.ffHost.length) {
    const a = new Uint8Array(2 * hx + 16)
    a.set(L.ffHost)
    L.ffHost = a
  }
  L.ffHost[hx] = id
}

/** Append bytes [b] from [off], [len] to the buffered stdout. */
export function outWrite(L: LuaState, b: Uint8Array, off: number, len: number): void {
  if (L.outN + len > L.outBuf.length) {
    outFlush(L)
    if (len > L.outBuf.length) { L.write(b.slice(off, off + len)); return }
  }
  L.outBuf.set(b.subarray(off, off + len), L.outN)
  L.outN += len
}

/** Write out the buffered stdout. */
export function outFlush(L: LuaState): void {
  if (L.outN === 0) return
  L.write(L.outBuf.slice(0, L.outN))
  L.outN = 0
}
