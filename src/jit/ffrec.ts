// Fast-function recording: builtins recorded as IR (lj_ffrecord.c).
//
// A CALL whose callee is one of the math library's host functions does not
// leave the trace: the recorder guards the callee's host function (FLOAD
// func.proto == 0, FLOAD func.host == K; loop invariants, so LOOP hoists it together with the GGET math / TGETS
// sqrt loads that fetched it) and emits the operation itself:
//
//   math.floor ceil sqrt log exp sin cos tan  ->  FPMATH x  #fpm
//   math.abs                                  ->  ABS x, +0 (op2 unused)
//   math.min max (two numbers)                ->  MIN/MAX x, y
//
// Builtins are identified by their host function index (H.fnHost), read
// from the math table once when the JIT is installed (ffInit): a user who
// stores math.sqrt under another name still gets it recorded, a user who
// replaces math.sqrt by a Lua function does not (the guard fails).
//
// NaN results: the interpreter gives NaN results C's sign (sqrt(-1) is
// -nan on x86), which a JS double cannot carry through F[]. Every recorded
// result therefore has an EQ r, r guard (false only for NaN): a NaN leaves
// the trace through the snapshot before the CALL and the interpreter
// computes it exactly. MIN/MAX are not commutative in the IR (min(0, -0)
// is the first argument in Lua 5.1), so FOLD keeps the operand order.
//
// Only fixed calls (CALL, not CALLM) with the exact argument count and a
// fixed result count are recorded; anything else aborts as before
// (NYI: bytecode CALL).
import { BC_NAMES, BC } from '../../soa/bc'
import { IR, IRT, IRT_GUARD, IRFL, IRFPM, TREF_NIL, tref, trefRef } from '../../soa/ir'
import { TAG_FUNC, TAG_NIL, TAG_TAB, TAG_NUMX, PAYLOAD_NONE } from '../../soa/value'
import { tabGetStr } from '../rt/tab'
import { strFromJS } from '../rt/str'
import type { LuaState } from '../vm/state'
import type { JitState } from './state'
import { kint, knum } from './ir'
import { foldEmit } from './fold'
import { TraceError, traceAbort } from './traceerr'
import { getSlot, setSlot, toNum } from './record'

/** Recorded builtins. */
export enum FF { abs, floor, ceil, sqrt, log, exp, sin, cos, tan, min, max, _MAX }
/** Field names in the math table, indexed by FF. */
const FF_NAMES: readonly string[] = ['abs', 'floor', 'ceil', 'sqrt', 'log', 'exp', 'sin', 'cos', 'tan', 'min', 'max']
/** FPMATH sub-op per FF (-1: not an FPMATH). */
const FF_FPM: readonly number[] = [
  -1, IRFPM.FLOOR, IRFPM.CEIL, IRFPM.SQRT, IRFPM.LOG, IRFPM.EXP, IRFPM.SIN, IRFPM.COS, IRFPM.TAN, -1, -1,
]

/** Read the math library's host function indexes into J.ffHost. */
export function ffInit(J: JitState, L: LuaState): void {
  const H = L.H
  J.ffHost.fill(-1)
  const ms = tabGetStr(H, H.globals, strFromJS(H, 'math'))
  if (ms < 0 || H.vU[2 * ms + 1] !== TAG_TAB) return
  const mt = H.vU[2 * ms]
  for (let f = 0; f < FF._MAX; f++) {
    const s = tabGetStr(H, mt, strFromJS(H, FF_NAMES[f]))
    if (s < 0 || H.vU[2 * s + 1] !== TAG_FUNC) continue
    const fn = H.vU[2 * s]
    if (H.fnProto[fn] === 0) J.ffHost[f] = H.fnHost[fn]
  }
}

/** The builtin closure [fn] is, or -1. */
function ffOf(J: JitState, L: LuaState, fn: number): number {
  if (L.H.fnProto[fn] !== 0) return -1
  const h = L.H.fnHost[fn]
  for (let f = 0; f < FF._MAX; f++) if (J.ffHost[f] === h) return f
  return -1
}

/** JS value of builtin [f] on [x], [y] (the interpreter's, NaN aside). */
function ffEval(f: number, x: number, y: number): number {
  switch (f) {
    case FF.abs: return Math.abs(x)
    case FF.floor: return Math.floor(x)
    case FF.ceil: return Math.ceil(x)
    case FF.sqrt: return Math.sqrt(x)
    case FF.log: return Math.log(x)
    case FF.exp: return Math.exp(x)
    case FF.sin: return Math.sin(x)
    case FF.cos: return Math.cos(x)
    case FF.tan: return Math.tan(x)
    case FF.min: return y < x ? y : x
    default: return y > x ? y : x
  }
}

/** Record CALL with the callee in slot [a], [nargs] arguments and [nres]
 *  results (-1: multiple); returns the next pc. */
export function recCall(J: JitState, L: LuaState, pc: number, a: number, nargs: number, nres: number): number {
  const sU = J.sU, sF = J.sF
  if (sU[2 * a + 1] !== TAG_FUNC) traceAbort(TraceError.NYIBC, BC_NAMES[BC.CALL])
  const fn = sU[2 * a]
  const f = ffOf(J, L, fn)
  if (f < 0) traceAbort(TraceError.NYIBC, BC_NAMES[BC.CALL])
  const two = f === FF.min || f === FF.max
  const x = a + 2, y = a + 3
  if (nres < 0 || nargs !== (two ? 2 : 1) || sU[2 * x + 1] >= TAG_NUMX || (two && sU[2 * y + 1] >= TAG_NUMX)) {
    traceAbort(TraceError.NYIFFU, 'math.' + FF_NAMES[f])
  }
  // Guard the host function, not the closure id: ids of collected
  // closures are reused, a trace does not keep its constants alive.
  const ft = trefRef(getSlot(J, a))
  foldEmit(J, IR.EQ, IRT.INT | IRT_GUARD, foldEmit(J, IR.FLOAD, IRT.INT, ft, IRFL.FUNC_PROTO), kint(J, 0))
  foldEmit(J, IR.EQ, IRT.INT | IRT_GUARD, foldEmit(J, IR.FLOAD, IRT.INT, ft, IRFL.FUNC_HOST), kint(J, L.H.fnHost[fn]))
  const tx = trefRef(toNum(J, getSlot(J, x)))
  let r: number
  if (two) {
    const ty = trefRef(toNum(J, getSlot(J, y)))
    r = foldEmit(J, f === FF.min ? IR.MIN : IR.MAX, IRT.NUM, tx, ty)
  } else if (f === FF.abs) r = foldEmit(J, IR.ABS, IRT.NUM, tx, knum(J, 0))
  else r = foldEmit(J, IR.FPMATH, IRT.NUM, tx, FF_FPM[f])
  const v = ffEval(f, sF[x], two ? sF[y] : 0)
  if (v !== v) traceAbort(TraceError.NYIFFU, 'math.' + FF_NAMES[f]) // NaN: let the interpreter do it
  foldEmit(J, IR.EQ, IRT.NUM | IRT_GUARD, r, r)
  setSlot(J, a, tref(r, IRT.NUM)); sF[a] = v
  for (let i = 1; i < nres; i++) {
    setSlot(J, a + i, TREF_NIL); sU[2 * (a + i)] = PAYLOAD_NONE; sU[2 * (a + i) + 1] = TAG_NIL
  }
  return pc + 1
}
