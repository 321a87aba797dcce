// The math library (lmathlib): lua5.1's functions and constants, including
// the compatibility alias math.mod (= fmod), with C libm semantics.
//
// Results are doubles computed with JS Math where JS and C agree (sqrt,
// floor, ceil, abs and `%`, which is exactly C's fmod); pow, fmod, frexp,
// ldexp and modf handle the cases where they differ (pow(1, nan) = 1,
// pow(-1, +-inf) = 1, modf of integers and infinities, exact ldexp in the
// subnormal range).
//
// NaN signs. lua5.1 prints "-nan" or "nan" from the sign bit, so the sign
// of every NaN a function returns is reproduced as glibc on x86-64 gives it:
//   - a NaN argument propagates with its sign (for fmod and pow the first
//     NaN argument wins, for atan2 the second, as `x + y` does on SSE);
//     abs clears the sign; pow(-nan, odd integer) is +nan;
//   - an invalid operation on non-NaN arguments (sqrt(-1), log(-1),
//     sin(inf), fmod(x, 0), pow(-2, 0.5)) yields x86's default NaN, which
//     is negative, except asin, acos and log10, whose glibc code returns
//     a positive NaN.
// A NaN coming from a string argument counts as positive (strtod "nan").
//
// math.random is C's rand() as lua5.1 calls it, and rand() is glibc's
// random(): the TYPE_3 additive feedback generator
//
//   r[i] = r[i-31] + r[i-3]  (mod 2^32),   output r[i] >> 1  (0 .. 2^31-1)
//
// over 31 words seeded by srand(s) with r[0] = s (1 if s = 0) and
// r[i] = 16807 * r[i-1] mod (2^31 - 1) (Schrage's method, on the signed
// 32-bit seed), after which the first 310 outputs are discarded. lua5.1
// never seeds at startup, so the sequence starts as after srand(1). The
// generator state is one per process, like C's (each engine reseeds it
// with 1 when it opens the library), so `math.randomseed(42);
// print(math.random(1, 100))` prints 4, as lua5.1 does on Linux.
import { TAG_TAB, TAG_NUMX, TAG_FUNC } from '../../soa/value'
import { tabNew } from '../rt/tab'
import {
  argCount, argTag, argError, checkNum, checkInt, pushNum, pushSlot,
  setFunc, setField, setFieldNum,
} from '../vm/aux'
import { luaError } from '../vm/debug'
import type { LuaState } from '../vm/state'
import { packageSetLoaded } from './package'

// High words of the two NaNs a function returns.
const NAN_NEG_HI = 0xfff80000 // x86 default NaN, printed "-nan"
const NAN_POS_HI = 0x7ff80000 // printed "nan"
const RAND_MAX = 2147483647
const TWO63 = 9223372036854775808
const TWO1023 = Math.pow(2, 1023)
const TWOM969 = Math.pow(2, -969) // 2^-1022 * 2^53

// Scratch for bit access to doubles.
const F64 = new Float64Array(1)
const U32 = new Uint32Array(F64.buffer)

// -- Results with C's NaN signs ---------------------------------------------------

/** Sign word of argument [i], known to be NaN: its high word when it is a
 *  number slot, else (a string converted by strtod) positive. */
function argNaNHi(L: LuaState, i: number): number {
  const hi = argTag(L, i)
  return hi < TAG_NUMX ? hi : NAN_POS_HI
}

/** Push NaN with the sign of high word [hi]. */
function pushNaN(L: LuaState, hi: number): number {
  const t = L.top++
  L.H.vU[2 * t] = 0
  L.H.vU[2 * t + 1] = (hi & 0x80000000) !== 0 ? NAN_NEG_HI : NAN_POS_HI
  return 1
}

/** Push [r] = f(x) for argument 0 = [x]: a NaN result keeps the sign of a
 *  NaN argument, else gets the default sign ([posInvalid]: positive). */
function ret1(L: LuaState, r: number, x: number, posInvalid: boolean): number {
  if (r === r) { L.H.vF[L.top++] = r; return 1 }
  if (x !== x) return pushNaN(L, argNaNHi(L, 0))
  return pushNaN(L, posInvalid ? NAN_POS_HI : NAN_NEG_HI)
}

/** Push [r] = f(x, y) for arguments [x], [y]; a NaN result takes the sign of
 *  the NaN argument ([secondWins]: y's first), else x86's negative one. */
function ret2(L: LuaState, r: number, x: number, y: number, secondWins: boolean): number {
  if (r === r) { L.H.vF[L.top++] = r; return 1 }
  if (secondWins) {
    if (y !== y) return pushNaN(L, argNaNHi(L, 1))
    if (x !== x) return pushNaN(L, argNaNHi(L, 0))
  } else {
    if (x !== x) return pushNaN(L, argNaNHi(L, 0))
    if (y !== y) return pushNaN(L, argNaNHi(L, 1))
  }
  return pushNaN(L, NAN_NEG_HI)
}

/** luaL_checkint: argument [i] as a C int ((int)(int64)x on x86-64). */
function checkCInt(L: LuaState, i: number): number {
  const n = checkInt(L, i)
  return n < TWO63 && n >= -TWO63 ? n | 0 : 0
}

// -- One-argument functions -----------------------------------------------------------

/** math.abs(x) */
function mathAbs(L: LuaState): number {
  const r = Math.abs(checkNum(L, 0))
  if (r === r) { L.H.vF[L.top++] = r; return 1 }
  return pushNaN(L, NAN_POS_HI) // fabs clears the sign
}

/** math.floor(x) */
function mathFloor(L: LuaState): number {
  const x = checkNum(L, 0)
  return ret1(L, Math.floor(x), x, false)
}

/** math.ceil(x) */
function mathCeil(L: LuaState): number {
  const x = checkNum(L, 0)
  return ret1(L, Math.ceil(x), x, false)
}

/** math.sqrt(x) */
function mathSqrt(L: LuaState): number {
  const x = checkNum(L, 0)
  return ret1(L, Math.sqrt(x), x, false)
}

/** math.sin(x) */
function mathSin(L: LuaState): number {
  const x = checkNum(L, 0)
  return ret1(L, Math.sin(x), x, false)
}

/** math.cos(x) */
function mathCos(L: LuaState): number {
  const x = checkNum(L, 0)
  return ret1(L, Math.cos(x), x, false)
}

/** math.tan(x) */
function mathTan(L: LuaState): number {
  const x = checkNum(L, 0)
  return ret1(L, Math.tan(x), x, false)
}

/** math.asin(x) */
function mathAsin(L: LuaState): number {
  const x = checkNum(L, 0)
  return ret1(L, Math.asin(x), x, true)
}

/** math.acos(x) */
function mathAcos(L: LuaState): number {
  const x = checkNum(L, 0)
  return ret1(L, Math.acos(x), x, true)
}

/** math.atan(x) */
function mathAtan(L: LuaState): number {
  const x = checkNum(L, 0)
  return ret1(L, Math.atan(x), x, false)
}

/** math.sinh(x) */
function mathSinh(L: LuaState): number {
  const x = checkNum(L, 0)
  return ret1(L, Math.sinh(x), x, false)
}

/** math.cosh(x) */
function mathCosh(L: LuaState): number {
  const x = checkNum(L, 0)
  return ret1(L, Math.cosh(x), x, false)
}

/** math.tanh(x) */
function mathTanh(L: LuaState): number {
  const x = checkNum(L, 0)
  return ret1(L, Math.tanh(x), x, false)
}

/** math.exp(x) */
function mathExp(L: LuaState): number {
  const x = checkNum(L, 0)
  return ret1(L, Math.exp(x), x, false)
}

/** math.log(x): natural logarithm (5.1 ignores a second argument). */
function mathLog(L: LuaState): number {
  const x = checkNum(L, 0)
  return ret1(L, Math.log(x), x, false)
}

/** math.log10(x) */
function mathLog10(L: LuaState): number {
  const x = checkNum(L, 0)
  return ret1(L, Math.log10(x), x, true)
}

/** math.deg(x) = x / (pi / 180) */
function mathDeg(L: LuaState): number {
  const x = checkNum(L, 0)
  return ret1(L, x / (Math.PI / 180), x, false)
}

/** math.rad(x) = x * (pi / 180) */
function mathRad(L: LuaState): number {
  const x = checkNum(L, 0)
  return ret1(L, x * (Math.PI / 180), x, false)
}

/** math.modf(x): integral part and fraction, both with x's sign. */
function mathModf(L: LuaState): number {
  const x = checkNum(L, 0)
  if (x !== x) { pushSlotOrNaN(L); pushSlotOrNaN(L); return 2 }
  const ip = Math.trunc(x)
  let fp = x - ip // exact; inf - inf and integral x handled below
  if (fp !== fp || fp === 0) fp = x < 0 || 1 / x < 0 ? -0 : 0
  pushNum(L, ip)
  pushNum(L, fp)
  return 2
}

/** Push argument 0 when it is a number slot, else a positive NaN. */
function pushSlotOrNaN(L: LuaState): void {
  if (argTag(L, 0) < TAG_NUMX) pushSlot(L, L.base)
  else pushNaN(L, NAN_POS_HI)
}

/** math.frexp(x): m, e with x = m * 2^e, 0.5 <= |m| < 1 (exact). */
function mathFrexp(L: LuaState): number {
  const x = checkNum(L, 0)
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) {
    if (x !== x) pushSlotOrNaN(L)
    else pushNum(L, x)
    pushNum(L, 0)
    return 2
  }
  F64[0] = x
  let e = (U32[1] >>> 20) & 0x7ff
  let bias = 0
  if (e === 0) { // subnormal: scale into the normal range first
    F64[0] = x * 18014398509481984 // 2^54
    e = (U32[1] >>> 20) & 0x7ff
    bias = 54
  }
  U32[1] = (U32[1] & 0x800fffff) | (1022 << 20)
  pushNum(L, F64[0])
  pushNum(L, e - 1022 - bias)
  return 2
}

/** x * 2^n, rounded once (C's ldexp/scalbn). */
function ldexp(x: number, n: number): number {
  if (n > 1023) {
    x *= TWO1023
    n -= 1023
    if (n > 1023) {
      x *= TWO1023
      n -= 1023
      if (n > 1023) n = 1023
    }
  } else if (n < -1022) {
    // Scale by 2^-969 (= 2^-1022 * 2^53) so that only the last step can
    // round, and it rounds into the subnormal range once.
    x *= TWOM969
    n += 969
    if (n < -1022) {
      x *= TWOM969
      n += 969
      if (n < -1022) n = -1022
    }
  }
  U32[0] = 0
  U32[1] = (1023 + n) << 20
  return x * F64[0]
}

/** math.ldexp(m, e) */
function mathLdexp(L: LuaState): number {
  const e = checkCInt(L, 1) // C evaluates the arguments right to left: #2 is checked first
  const x = checkNum(L, 0)
  if (x !== x) { pushSlotOrNaN(L); return 1 }
  pushNum(L, ldexp(x, e))
  return 1
}

// -- Two-argument functions -------------------------------------------------------------

/** math.fmod(x, y): C fmod (JS % is fmod). */
function mathFmod(L: LuaState): number {
  const y = checkNum(L, 1), x = checkNum(L, 0) // #2 is checked first, as in lua5.1
  return ret2(L, x % y, x, y, false)
}

/** Is [y] an odd integer? */
function isOddInt(y: number): boolean {
  return Math.abs(y) < 9007199254740992 && Math.floor(y) === y && Math.abs(y % 2) === 1
}

/** C pow where it differs from JS: pow(x, 0) = 1, pow(1, y) = 1,
 *  pow(-1, +-inf) = 1. */
function cpow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1
  return Math.pow(x, y)
}

/** math.pow(x, y) */
function mathPow(L: LuaState): number {
  const y = checkNum(L, 1), x = checkNum(L, 0) // #2 is checked first, as in lua5.1
  const r = cpow(x, y)
  if (r === r) { L.H.vF[L.top++] = r; return 1 }
  if (x !== x) return pushNaN(L, isOddInt(y) ? NAN_POS_HI : argNaNHi(L, 0))
  return ret2(L, r, x, y, false)
}

/** math.atan2(y, x) */
function mathAtan2(L: LuaState): number {
  const x = checkNum(L, 1), y = checkNum(L, 0) // #2 is checked first, as in lua5.1
  return ret2(L, Math.atan2(y, x), y, x, true)
}

/** math.min(x, ...) */
function mathMin(L: LuaState): number {
  const n = argCount(L)
  let m = checkNum(L, 0), mi = 0
  for (let i = 1; i < n; i++) {
    const d = checkNum(L, i)
    if (d < m) { m = d; mi = i }
  }
  if (argTag(L, mi) < TAG_NUMX) pushSlot(L, L.base + mi)
  else pushNum(L, m)
  return 1
}

/** math.max(x, ...) */
function mathMax(L: LuaState): number {
  const n = argCount(L)
  let m = checkNum(L, 0), mi = 0
  for (let i = 1; i < n; i++) {
    const d = checkNum(L, i)
    if (d > m) { m = d; mi = i }
  }
  if (argTag(L, mi) < TAG_NUMX) pushSlot(L, L.base + mi)
  else pushNum(L, m)
  return 1
}

// -- random ----------------------------------------------------------------------------

/** glibc random() state (TYPE_3): 31 words, front and rear indices. */
interface RandState {
  r: Uint32Array
  f: number
  b: number
}

/** A generator in srand(1)'s state. */
function randStateNew(): RandState {
  const g: RandState = { r: new Uint32Array(31), f: 3, b: 0 }
  randSeed(g, 1)
  return g
}

/** glibc srand([seed]) (seed as an unsigned 32-bit value). */
function randSeed(g: RandState, seed: number): void {
  if (seed === 0) seed = 1
  let w = seed | 0 // r[0] is the seed as a signed 32-bit word
  g.r[0] = w >>> 0
  for (let i = 1; i < 31; i++) {
    const hi = (w / 127773) | 0, lo = w % 127773
    w = 16807 * lo - 2836 * hi
    if (w < 0) w += 2147483647
    g.r[i] = w
  }
  g.f = 3
  g.b = 0
  for (let i = 0; i < 310; i++) randNext(g)
}

/** glibc rand(): the next value in 0 .. RAND_MAX. */
function randNext(g: RandState): number {
  const r = g.r
  const v = (r[g.f] + r[g.b]) >>> 0
  r[g.f] = v
  g.f = g.f === 30 ? 0 : g.f + 1
  g.b = g.b === 30 ? 0 : g.b + 1
  return v >>> 1
}

const rng = randStateNew()

/** math.random([m [, n]]) */
function mathRandom(L: LuaState): number {
  const r = (randNext(rng) % RAND_MAX) / RAND_MAX
  switch (argCount(L)) {
    case 0:
      pushNum(L, r)
      break
    case 1: {
      const u = checkCInt(L, 0)
      if (!(1 <= u)) argError(L, 0, 'interval is empty')
      pushNum(L, Math.floor(r * u) + 1)
      break
    }
    case 2: {
      const l = checkCInt(L, 0)
      const u = checkCInt(L, 1)
      if (!(l <= u)) argError(L, 1, 'interval is empty')
      pushNum(L, Math.floor(r * ((u - l + 1) | 0)) + l)
      break
    }
    default:
      luaError(L, 'wrong number of arguments')
  }
  return 1
}

/** math.randomseed(x): srand((int)x). */
function mathRandomseed(L: LuaState): number {
  randSeed(rng, checkCInt(L, 0) >>> 0)
  return 0
}

// -- Registration ----------------------------------------------------------------------

/** Open the math library. */
export function openMath(L: LuaState): void {
  const H = L.H
  const t = tabNew(H, 0, 32)
  setField(L, H.globals, 'math', TAG_TAB, t)
  setFunc(L, t, 'abs', mathAbs)
  setFunc(L, t, 'acos', mathAcos)
  setFunc(L, t, 'asin', mathAsin)
  setFunc(L, t, 'atan2', mathAtan2)
  setFunc(L, t, 'atan', mathAtan)
  setFunc(L, t, 'ceil', mathCeil)
  setFunc(L, t, 'cosh', mathCosh)
  setFunc(L, t, 'cos', mathCos)
  setFunc(L, t, 'deg', mathDeg)
  setFunc(L, t, 'exp', mathExp)
  setFunc(L, t, 'floor', mathFloor)
  const fmodFn = setFunc(L, t, 'fmod', mathFmod)
  setFunc(L, t, 'frexp', mathFrexp)
  setFunc(L, t, 'ldexp', mathLdexp)
  setFunc(L, t, 'log10', mathLog10)
  setFunc(L, t, 'log', mathLog)
  setFunc(L, t, 'max', mathMax)
  setFunc(L, t, 'min', mathMin)
  setFunc(L, t, 'modf', mathModf)
  setFunc(L, t, 'pow', mathPow)
  setFunc(L, t, 'rad', mathRad)
  setFunc(L, t, 'random', mathRandom)
  setFunc(L, t, 'randomseed', mathRandomseed)
  setFunc(L, t, 'sinh', mathSinh)
  setFunc(L, t, 'sin', mathSin)
  setFunc(L, t, 'sqrt', mathSqrt)
  setFunc(L, t, 'tanh', mathTanh)
  setFunc(L, t, 'tan', mathTan)
  setFieldNum(L, t, 'pi', Math.PI)
  setFieldNum(L, t, 'huge', Infinity)
  // LUA_COMPAT_MOD: math.mod is the same function object as math.fmod.
  setField(L, t, 'mod', TAG_FUNC, fmodFn)
  randSeed(rng, 1)
  packageSetLoaded(L, 'math', TAG_TAB, t)
}
