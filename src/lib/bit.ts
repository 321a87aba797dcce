// The bit library: LuaJIT's `bit` module (Lua BitOp semantics): tobit,
// tohex, bnot, band, bor, bxor, lshift, rshift, arshift, rol, ror, bswap.
//
// Every argument is normalised to a 32-bit integer the way BitOp and
// LuaJIT do it (lj_num2bit): add 2^52 + 2^51 to the double and take the low
// 32 bits of the sum's bit pattern. The addition rounds to an integer
// (half to even: 2.5 -> 2, -1.5 -> -2), and its low word is the result
// modulo 2^32, so values outside the int32 range wrap; beyond 2^51 the
// addition itself loses low bits (tobit(2^53 - 1) is 0), exactly as in C.
// Strings convert as numbers (lua_tonumber); any other value raises
// "number expected". Results are signed 32-bit numbers.
//
// Argument checks follow lua-bitop (the recorded reference): argument 1
// first, then the others from the last down to the second. Shift and
// rotate counts use their low 5 bits. tohex(x [, n]) prints n hex digits
// (default 8, at most 8), upper case when n < 0.
//
// As in LuaJIT, the table is also the global `bit`.
import { TAG_STR, TAG_TAB, TAG_NUMX } from '../../soa/value'
import { tabNew } from '../rt/tab'
import { str2d, str2dRes } from '../rt/numparse'
import { strIntern } from '../rt/str'
import { argCount, typeError, pushObj, setFunc, setField } from '../vm/aux'
import { ffRegister, type LuaState } from '../vm/state'
import { packageSetLoaded } from './package'

// Scratch for the 2^52 + 2^51 conversion.
const F64 = new Float64Array(1)
const U32 = new Uint32Array(F64.buffer)
const TOBIT = 6755399441055744 // 2^52 + 2^51
const HEX_LO = '0123456789abcdef'
const HEX_UP = '0123456789ABCDEF'
const hexBuf = new Uint8Array(8)

/** Argument [i] normalised to int32 (BitOp's barg). */
function barg(L: LuaState, i: number): number {
  const H = L.H
  if (i < L.top - L.base) {
    const s = L.base + i
    const hi = H.vU[2 * s + 1]
    let n: number
    if (hi < TAG_NUMX) n = H.vF[s]
    else if (hi === TAG_STR) {
      const id = H.vU[2 * s]
      n = str2d(H.strData, H.strOff[id], H.strLen[id])
      if (!str2dRes.ok) typeError(L, i, 'number')
    } else typeError(L, i, 'number')
    if ((n | 0) === n) return n
    F64[0] = n + TOBIT
    return U32[0] | 0
  }
  typeError(L, i, 'number')
}

/** Push the int32 result [b]. */
function bret(L: LuaState, b: number): number {
  L.H.vF[L.top++] = b | 0
  return 1
}

/** bit.tobit(x) */
function bitTobit(L: LuaState): number {
  return bret(L, barg(L, 0))
}

/** bit.bnot(x) */
function bitBnot(L: LuaState): number {
  return bret(L, ~barg(L, 0))
}

/** bit.band(x, ...) */
function bitBand(L: LuaState): number {
  let b = barg(L, 0)
  for (let i = argCount(L) - 1; i > 0; i--) b &= barg(L, i)
  return bret(L, b)
}

/** bit.bor(x, ...) */
function bitBor(L: LuaState): number {
  let b = barg(L, 0)
  for (let i = argCount(L) - 1; i > 0; i--) b |= barg(L, i)
  return bret(L, b)
}

/** bit.bxor(x, ...) */
function bitBxor(L: LuaState): number {
  let b = barg(L, 0)
  for (let i = argCount(L) - 1; i > 0; i--) b ^= barg(L, i)
  return bret(L, b)
}

/** bit.lshift(x, n) */
function bitLshift(L: LuaState): number {
  const b = barg(L, 0), n = barg(L, 1) & 31
  return bret(L, b << n)
}

/** bit.rshift(x, n): logical shift. */
function bitRshift(L: LuaState): number {
  const b = barg(L, 0), n = barg(L, 1) & 31
  return bret(L, b >>> n)
}

/** bit.arshift(x, n): arithmetic shift. */
function bitArshift(L: LuaState): number {
  const b = barg(L, 0), n = barg(L, 1) & 31
  return bret(L, b >> n)
}

/** bit.rol(x, n) */
function bitRol(L: LuaState): number {
  const b = barg(L, 0), n = barg(L, 1) & 31
  return bret(L, (b << n) | (b >>> (32 - n)))
}

/** bit.ror(x, n) */
function bitRor(L: LuaState): number {
  const b = barg(L, 0), n = barg(L, 1) & 31
  return bret(L, (b << (32 - n)) | (b >>> n))
}

/** bit.bswap(x) */
function bitBswap(L: LuaState): number {
  const b = barg(L, 0)
  return bret(L, (b >>> 24) | ((b >>> 8) & 0xff00) | ((b & 0xff00) << 8) | (b << 24))
}

/** bit.tohex(x [, n]) */
function bitTohex(L: LuaState): number {
  let b = barg(L, 0)
  let n = argCount(L) < 2 ? 8 : barg(L, 1)
  let digits = HEX_LO
  if (n < 0) { n = -n; digits = HEX_UP }
  if (n > 8 || n < 0) n = 8 // n < 0 only for -2^31
  for (let i = n - 1; i >= 0; i--) {
    hexBuf[i] = digits.charCodeAt(b & 15)
    b >>>= 4
  }
  pushObj(L, TAG_STR, strIntern(L.H, hexBuf, 0, n))
  return 1
}

// -- Fast functions -----------------------------------------------------------
// The interpreter's CALL runs these inline (ffRegister): bitFast computes
// the result from number arguments in the arena, or declines and the call
// goes to the host function (strings, errors, fractions, huge values).

export const FF_TOBIT = 1
export const FF_BNOT = 2
export const FF_BAND = 3
export const FF_BOR = 4
export const FF_BXOR = 5
export const FF_LSHIFT = 6
export const FF_RSHIFT = 7
export const FF_ARSHIFT = 8
export const FF_ROL = 9
export const FF_ROR = 10
export const FF_BIT_MAX = 10
const TWO51 = 2251799813685248

/** Is the value in slot [s] a number BitOp and a JS int32 conversion
 *  agree on (integral, |x| < 2^51)? */
function fastOk(F: Float64Array, U: Uint32Array, s: number): boolean {
  if (U[2 * s + 1] >= TAG_NUMX) return false
  const v = F[s]
  return (v | 0) === v || (v === Math.floor(v) && v < TWO51 && v > -TWO51)
}

/** Bit fast function [ff] on the [n] arguments from slot [s]: writes the
 *  int32 result to slot [d] and returns true, or returns false (then the
 *  host function runs and raises or coerces). Results never leave through
 *  a JS return value: an int32 beyond the Smi range would be boxed. */
export function bitFast(ff: number, F: Float64Array, U: Uint32Array, s: number, n: number, d: number): boolean {
  if (n < 1 || !fastOk(F, U, s)) return false
  let b = F[s] | 0
  if (ff === FF_TOBIT) { F[d] = b; return true }
  if (ff === FF_BNOT) { F[d] = ~b; return true }
  if (ff <= FF_BXOR) {
    for (let i = 1; i < n; i++) {
      if (!fastOk(F, U, s + i)) return false
      const c = F[s + i] | 0
      b = ff === FF_BAND ? b & c : ff === FF_BOR ? b | c : b ^ c
    }
    F[d] = b
    return true
  }
  if (n < 2 || !fastOk(F, U, s + 1)) return false
  const k = F[s + 1] & 31
  switch (ff) {
    case FF_LSHIFT: F[d] = b << k; break
    case FF_RSHIFT: F[d] = (b >>> k) | 0; break
    case FF_ARSHIFT: F[d] = b >> k; break
    case FF_ROL: F[d] = (b << k) | (b >>> (32 - k)); break
    default: F[d] = (b << (32 - k)) | (b >>> k)
  }
  return true
}

/** Open the bit library (global `bit`, as LuaJIT preloads it). */
export function openBit(L: LuaState): void {
  const H = L.H
  const t = tabNew(H, 0, 12)
  setField(L, H.globals, 'bit', TAG_TAB, t)
  ffRegister(L, setFunc(L, t, 'tobit', bitTobit), FF_TOBIT)
  ffRegister(L, setFunc(L, t, 'bnot', bitBnot), FF_BNOT)
  ffRegister(L, setFunc(L, t, 'band', bitBand), FF_BAND)
  ffRegister(L, setFunc(L, t, 'bor', bitBor), FF_BOR)
  ffRegister(L, setFunc(L, t, 'bxor', bitBxor), FF_BXOR)
  ffRegister(L, setFunc(L, t, 'lshift', bitLshift), FF_LSHIFT)
  ffRegister(L, setFunc(L, t, 'rshift', bitRshift), FF_RSHIFT)
  ffRegister(L, setFunc(L, t, 'arshift', bitArshift), FF_ARSHIFT)
  ffRegister(L, setFunc(L, t, 'rol', bitRol), FF_ROL)
  ffRegister(L, setFunc(L, t, 'ror', bitRor), FF_ROR)
  setFunc(L, t, 'bswap', bitBswap)
  setFunc(L, t, 'tohex', bitTohex)
  packageSetLoaded(L, 'bit', TAG_TAB, t)
}
