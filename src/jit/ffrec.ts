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
import { IR, IRT, IRT_GUARD, IRFL, IRFPM, TREF_NIL, tref, trefRef, trefType, irconv } from '../../soa/ir'
import { TAG_FUNC, TAG_NIL, TAG_STR, TAG_TAB, TAG_NUMX, PAYLOAD_NONE } from '../../soa/value'
import { tabGetStr } from '../rt/tab'
import { strFromJS } from '../rt/str'
import type { LuaState } from '../vm/state'
import type { JitState } from './state'
import { kint, knum } from './ir'
import { foldEmit } from './fold'
import { TraceError, traceAbort } from './traceerr'
import { getSlot, setSlot, toNum } from './record'

/** Recorded builtins. */
export enum FF {
  abs, floor, ceil, sqrt, log, exp, sin, cos, tan, min, max,
  tobit, bnot, band, bor, bxor, lshift, rshift, arshift, rol, ror,
  byte, len,
  _MAX,
}
/** Field names in their library table, indexed by FF. */
const FF_NAMES: readonly string[] = [
  'abs', 'floor', 'ceil', 'sqrt', 'log', 'exp', 'sin', 'cos', 'tan', 'min', 'max',
  'tobit', 'bnot', 'band', 'bor', 'bxor', 'lshift', 'rshift', 'arshift', 'rol', 'ror',
  'byte', 'len',
]
/** First FF of the bit and string libraries. */
const FF_BIT0 = FF.tobit
const FF_STR0 = FF.byte
/** FPMATH sub-op per FF (-1: not an FPMATH). */
const FF_FPM: readonly number[] = [
  -1, IRFPM.FLOOR, IRFPM.CEIL, IRFPM.SQRT, IRFPM.LOG, IRFPM.EXP, IRFPM.SIN, IRFPM.COS, IRFPM.TAN, -1, -1,
]
/** IR op per binary bit builtin (band .. ror). */
const FF_BITOP: readonly number[] = [IR.BAND, IR.BOR, IR.BXOR, IR.BSHL, IR.BSHR, IR.BSAR, IR.BROL, IR.BROR]

/** Read the math, bit and string libraries' host function indexes into
 *  J.ffHost. */
export function ffInit(J: JitState, L: LuaState): void {
  J.ffHost.fill(-1)
  ffInitLib(J, L, 'math', 0, FF_BIT0)
  ffInitLib(J, L, 'bit', FF_BIT0, FF_STR0)
  ffInitLib(J, L, 'string', FF_STR0, FF._MAX)
}

/** ffHost for builtins [f0, f1) from global table [lib]. */
function ffInitLib(J: JitState, L: LuaState, lib: string, f0: number, f1: number): void {
  const H = L.H
  const ms = tabGetStr(H, H.globals, strFromJS(H, lib))
  if (ms < 0 || H.vU[2 * ms + 1] !== TAG_TAB) return
  const mt = H.vU[2 * ms]
  for (let f = f0; f < f1; f++) {
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
  if (f >= FF_STR0) return recStrFF(J, L, pc, f, a, nargs, nres)
  if (f >= FF_BIT0) return recBitFF(J, L, pc, f, a, nargs, nres)
  const two = f === FF.min || f === FF.max
  const x = a + 2, y = a + 3
  if (nargs !== (two ? 2 : 1) || sU[2 * x + 1] >= TAG_NUMX || (two && sU[2 * y + 1] >= TAG_NUMX)) {
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
  J.multres = 1
  for (let i = 1; i < nres; i++) {
    setSlot(J, a + i, TREF_NIL); sU[2 * (a + i)] = PAYLOAD_NONE; sU[2 * (a + i) + 1] = TAG_NIL
  }
  return pc + 1
}

/** Guard that the callee in slot [a] is the host function of closure [fn]. */
function ffGuard(J: JitState, L: LuaState, a: number, fn: number): void {
  const ft = trefRef(getSlot(J, a))
  foldEmit(J, IR.EQ, IRT.INT | IRT_GUARD, foldEmit(J, IR.FLOAD, IRT.INT, ft, IRFL.FUNC_PROTO), kint(J, 0))
  foldEmit(J, IR.EQ, IRT.INT | IRT_GUARD, foldEmit(J, IR.FLOAD, IRT.INT, ft, IRFL.FUNC_HOST), kint(J, L.H.fnHost[fn]))
}

/** Store int result [r] (value [v]) to slot [a] and nil-fill up to [nres]. */
function ffResultInt(J: JitState, a: number, r: number, v: number, nres: number): void {
  setSlot(J, a, tref(r, IRT.INT)); J.sF[a] = v
  J.multres = 1
  for (let i = 1; i < nres; i++) {
    setSlot(J, a + i, TREF_NIL); J.sU[2 * (a + i)] = PAYLOAD_NONE; J.sU[2 * (a + i) + 1] = TAG_NIL
  }
}

/** BitOp's normalisation of number [n] to int32 (lj_num2bit). */
function tobit(n: number): number {
  if ((n | 0) === n) return n
  F64[0] = n + 6755399441055744
  return U32[0] | 0
}
const F64 = new Float64Array(1)
const U32 = new Uint32Array(F64.buffer)

/** An int TRef of number slot [s] normalised as bit arguments are. */
function bitArg(J: JitState, s: number): number {
  const tr = getSlot(J, s)
  if (trefType(tr) === IRT.INT) return trefRef(tr)
  return foldEmit(J, IR.TOBIT, IRT.INT, trefRef(tr), 0)
}

/** Record bit.* builtin [f] (numbers only; band/bor/bxor with 2+ args). */
function recBitFF(J: JitState, L: LuaState, pc: number, f: number, a: number, nargs: number, nres: number): number {
  const sU = J.sU, sF = J.sF
  const want = f === FF.tobit || f === FF.bnot ? 1 : 2
  const many = f === FF.band || f === FF.bor || f === FF.bxor
  if (many ? nargs < 2 : nargs !== want) traceAbort(TraceError.NYIFFU, 'bit.' + FF_NAMES[f])
  for (let i = 0; i < nargs; i++) {
    if (sU[2 * (a + 2 + i) + 1] >= TAG_NUMX) traceAbort(TraceError.NYIFFU, 'bit.' + FF_NAMES[f])
  }
  ffGuard(J, L, a, sU[2 * a])
  let r = bitArg(J, a + 2)
  let v = tobit(sF[a + 2])
  if (f === FF.bnot) { r = foldEmit(J, IR.BNOT, IRT.INT, r, 0); v = ~v }
  else if (f !== FF.tobit) {
    const o = FF_BITOP[f - FF.band]
    for (let i = 1; i < nargs; i++) {
      const y = tobit(sF[a + 2 + i])
      r = foldEmit(J, o, IRT.INT, r, bitArg(J, a + 2 + i))
      v = bitEval(o, v, y)
    }
  }
  ffResultInt(J, a, r, v, nres)
  return pc + 1
}

/** JS value of bit op [o] on int32s (the interpreter's). */
function bitEval(o: number, x: number, y: number): number {
  switch (o) {
    case IR.BAND: return x & y
    case IR.BOR: return x | y
    case IR.BXOR: return x ^ y
    case IR.BSHL: return x << (y & 31)
    case IR.BSHR: return (x >>> (y & 31)) | 0
    case IR.BSAR: return x >> (y & 31)
    case IR.BROL: return (x << (y & 31)) | (x >>> ((32 - y) & 31))
    default: return (x >>> (y & 31)) | (x << ((32 - y) & 31))
  }
}

/** Record string.len(s) and string.byte(s [, i]) with 1 <= i <= #s. */
function recStrFF(J: JitState, L: LuaState, pc: number, f: number, a: number, nargs: number, nres: number): number {
  const H = L.H
  const sU = J.sU, sF = J.sF
  const x = a + 2
  const name = 'string.' + FF_NAMES[f]
  if (nargs < 1 || sU[2 * x + 1] !== TAG_STR) traceAbort(TraceError.NYIFFU, name)
  const s = sU[2 * x]
  const len = H.strLen[s]
  if (f === FF.len) {
    if (nargs !== 1) traceAbort(TraceError.NYIFFU, name)
    ffGuard(J, L, a, sU[2 * a])
    const r = foldEmit(J, IR.FLOAD, IRT.INT, trefRef(getSlot(J, x)), IRFL.STR_LEN)
    ffResultInt(J, a, r, len, nres)
    return pc + 1
  }
  // byte: one result, index 1..#s (the ABC guard), integral.
  const i = nargs >= 2 ? sF[x + 1] : 1
  if (nargs > 2 || nres > 1 || (nargs === 2 && sU[2 * (x + 1) + 1] >= TAG_NUMX) ||
    (i | 0) !== i || i < 1 || i > len) {
    traceAbort(TraceError.NYIFFU, name)
  }
  ffGuard(J, L, a, sU[2 * a])
  const st = trefRef(getSlot(J, x))
  let ir = kint(J, 1)
  if (nargs === 2) {
    const it = getSlot(J, x + 1)
    ir = trefType(it) === IRT.INT ? trefRef(it)
      : foldEmit(J, IR.CONV, IRT.INT | IRT_GUARD, trefRef(it), irconv(IRT.INT, IRT.NUM, true))
  }
  foldEmit(J, IR.ABC, IRT.INT | IRT_GUARD, foldEmit(J, IR.FLOAD, IRT.INT, st, IRFL.STR_LEN), ir)
  const ref = foldEmit(J, IR.STRREF, IRT.P32, st, ir)
  const r = foldEmit(J, IR.XLOAD, IRT.INT, ref, 0)
  ffResultInt(J, a, r, H.strData[H.strOff[s] + i - 1], nres)
  return pc + 1
}
