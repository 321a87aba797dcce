// string.format core: Lua 5.1 format-spec parsing and C printf conversions.
//
// lua5.1's str_format copies a spec "%[flags][width][.prec]conv" into a small
// C format string and calls sprintf with the converted argument, then appends
// strlen(buff) bytes. Everything observable follows from that and is
// reproduced here (checked against lua5.1 in spec/lib/printf.spec.ts):
//
// - Spec syntax (scanformat): up to 5 flag bytes from "-+ #0" (6 or more:
//   "invalid format (repeated flags)"; repeats below 6 are fine), at most two
//   width digits and two precision digits (a third digit: "invalid format
//   (width or precision too long)"). The format string is a C string to
//   these scans, and the byte after the end of the Lua string reads as NUL,
//   so "%" at the end is conversion '\0': "invalid option '%' to 'format'"
//   (%c of NUL formats as nothing). Conversions: c d i o u x X e E f g G q s;
//   anything else is "invalid option '%<c>' to 'format'". Before scanning, the
//   argument must exist ("bad argument #n to 'format' (no value)", raised by
//   the caller's FormatArgs.check).
// - d i: (long)x, i.e. x86-64 cvttsd2si: truncation; NaN and |x| >= 2^63
//   give -9223372036854775808.
// - o u x X: (unsigned long)x as gcc compiles it: x >= 2^63 ? cvt(x - 2^63)
//   ^ 2^63 : cvt(x), so -1 -> ffffffffffffffff, 2^64 and beyond -> 0,
//   NaN -> 8000000000000000.
// - c: (int)x (cvttsd2si 32-bit; NaN/out of range -> 0x80000000), low byte.
//   A NUL byte ends the sprintf output (strlen): "%c" of 0 adds nothing,
//   "%5c" adds four spaces.
// - e E f g G: exact glibc formatting from src/rt/numfmt.ts; inf/nan are
//   "inf"/"nan" ("INF"/"NAN" for E G), signed like numbers (NaN with the sign
//   bit prints "-nan"), padded with spaces even with the '0' flag.
// - s: a string of >= 100 bytes with no precision is copied whole (width
//   ignored, NULs kept); otherwise it is a C string (stops at the first NUL),
//   cut to the precision and padded to the width.
// - q: 5.1 addquoted: '"' '\' and newline get a backslash, '\r' -> \r,
//   NUL -> \000, every other byte raw; the spec's flags/width are ignored.
// - Flags are applied as glibc does: '-' left-justifies, '0' pads with zeros
//   after the sign/prefix (not with '-', not for integers with a
//   precision), '+'/' ' only for signed conversions, '#' gives 0x/0X for
//   nonzero x/X, a leading 0 for o, and keeps the point/zeros for e f g.
//
// Interface: strFormat runs 5.1's whole loop over a format string, taking
// arguments through a FormatArgs object that the VM glue implements (type
// checks and argument errors stay in the VM). The pieces (fmtScan,
// fmtInt, fmtUnsigned, fmtFloat, fmtChar, fmtStr, fmtQuoted) are exported
// for glue that wants to run the loop itself.

import { fmtBodyE, fmtBodyF, fmtBodyG, numSignBit } from '../rt/numfmt'
import { ByteBuf, bufPut, bufPutRange, bufPutAscii, bufFill } from './pattern'

/** A format error with 5.1's message (position info is added by the VM). */
export class FormatError extends Error {}

/** A parsed conversion spec. */
export interface FmtSpec {
  minus: boolean // '-' left-justify
  plus: boolean  // '+' sign always
  space: boolean // ' ' space for the sign
  hash: boolean  // '#' alternate form
  zero: boolean  // '0' zero padding
  width: number  // 0 when absent
  prec: number   // -1 when absent
  conv: number   // conversion byte (0 at the end of the string)
}

/** New spec record (reused across conversions). */
export function fmtSpecNew(): FmtSpec {
  return { minus: false, plus: false, space: false, hash: false, zero: false, width: 0, prec: -1, conv: 0 }
}

/**
 * Argument access for strFormat, implemented by the VM glue. Arguments are
 * numbered as in Lua error messages: the format string is #1.
 */
export interface FormatArgs {
  /** Throw "bad argument #[arg] to 'format' (no value)" if [arg] is absent. */
  check(arg: number): void
  /** luaL_checknumber(arg). */
  num(arg: number): number
  /** luaL_checklstring(arg): set sBuf/sOff/sLen to the string's bytes. */
  str(arg: number): void
  sBuf: Uint8Array
  sOff: number
  sLen: number
}

const C_PCT = 37

// Byte [i] of [fmt] or 0 at/after [end] (5.1 reads the terminator).
function at(fmt: Uint8Array, i: number, end: number): number {
  return i < end ? fmt[i] : 0
}

// -- Spec parsing ----------------------------------------------------------------

/**
 * Parse the spec after a '%' at [i] into [F] (5.1 scanformat plus the
 * conversion byte); returns the index after the conversion byte.
 */
export function fmtScan(F: FmtSpec, fmt: Uint8Array, i: number, end: number): number {
  F.minus = F.plus = F.space = F.hash = F.zero = false
  F.width = 0
  F.prec = -1
  const start = i
  let c = at(fmt, i, end)
  for (;;) {
    if (c === 45) F.minus = true
    else if (c === 43) F.plus = true
    else if (c === 32) F.space = true
    else if (c === 35) F.hash = true
    else if (c === 48) F.zero = true
    else break
    c = at(fmt, ++i, end)
  }
  if (i - start >= 6) throw new FormatError('invalid format (repeated flags)')
  if (c >= 48 && c <= 57) { F.width = c - 48; c = at(fmt, ++i, end) }
  if (c >= 48 && c <= 57) { F.width = F.width * 10 + c - 48; c = at(fmt, ++i, end) }
  if (c === 46) {
    F.prec = 0
    c = at(fmt, ++i, end)
    if (c >= 48 && c <= 57) { F.prec = c - 48; c = at(fmt, ++i, end) }
    if (c >= 48 && c <= 57) { F.prec = F.prec * 10 + c - 48; c = at(fmt, ++i, end) }
  }
  if (c >= 48 && c <= 57) throw new FormatError('invalid format (width or precision too long)')
  F.conv = c
  return i + 1
}

// -- Padding -------------------------------------------------------------------------

// Emit [prefix][zeros][body] padded to the width of [F]; [zeroOk] allows '0'.
function emit(F: FmtSpec, out: ByteBuf, prefix: string, body: string, zeroOk: boolean): void {
  const len = prefix.length + body.length
  const pad = F.width - len
  if (pad <= 0) { bufPutAscii(out, prefix); bufPutAscii(out, body); return }
  if (F.minus) { bufPutAscii(out, prefix); bufPutAscii(out, body); bufFill(out, 32, pad); return }
  if (F.zero && zeroOk) { bufPutAscii(out, prefix); bufFill(out, 48, pad); bufPutAscii(out, body); return }
  bufFill(out, 32, pad)
  bufPutAscii(out, prefix)
  bufPutAscii(out, body)
}

// Sign prefix for a value with sign bit [neg] under [F]'s '+'/' ' flags.
function signOf(F: FmtSpec, neg: boolean): string {
  return neg ? '-' : F.plus ? '+' : F.space ? ' ' : ''
}

// Apply an integer precision to the digit string [d] of a value.
function intPrec(F: FmtSpec, d: string): string {
  if (F.prec < 0) return d
  if (F.prec === 0 && d === '0') return ''
  return d.length < F.prec ? '0'.repeat(F.prec - d.length) + d : d
}

// -- Integer conversions ---------------------------------------------------------------

const TWO63 = 9223372036854775808
const TWO53 = 9007199254740992

/** %d / %i of [x] as (long)x. */
export function fmtInt(F: FmtSpec, x: number, out: ByteBuf): void {
  let neg: boolean, d: string
  if (!(x >= -TWO63 && x < TWO63)) { neg = true; d = '9223372036854775808' }
  else {
    const t = Math.trunc(x)
    neg = t < 0
    const a = neg ? -t : t
    d = a < TWO53 ? String(a) : BigInt(a).toString()
  }
  emit(F, out, signOf(F, neg), intPrec(F, d), F.prec < 0)
}

// (unsigned long)[x] as gcc/x86-64 computes it.
function toU64(x: number): bigint {
  if (x >= TWO63) {
    const y = x - TWO63
    return y < TWO63 ? BigInt(Math.trunc(y)) + 9223372036854775808n : 0n
  }
  if (!(x >= -TWO63)) return 9223372036854775808n // NaN, < -2^63
  const t = Math.trunc(x)
  return t < 0 ? 18446744073709551616n + BigInt(t) : BigInt(t)
}

/** %o %u %x %X of [x] as (unsigned long)x. */
export function fmtUnsigned(F: FmtSpec, x: number, out: ByteBuf): void {
  const conv = F.conv
  const radix = conv === 111 ? 8 : conv === 117 ? 10 : 16
  let d: string
  let zero: boolean
  if (x >= 0 && x < TWO53) {
    const t = Math.floor(x)
    d = t.toString(radix)
    zero = t === 0
  } else {
    const u = toU64(x)
    d = u.toString(radix)
    zero = u === 0n
  }
  if (conv === 88) d = d.toUpperCase()
  d = intPrec(F, d)
  let prefix = ''
  if (F.hash) {
    if (conv === 111) { if (d.charCodeAt(0) !== 48) d = '0' + d }
    else if (conv !== 117 && !zero) prefix = conv === 88 ? '0X' : '0x'
  }
  emit(F, out, prefix, d, F.prec < 0)
}

/** %c of [x] as (int)x: the low byte; a NUL byte ends the item (strlen). */
export function fmtChar(F: FmtSpec, x: number, out: ByteBuf): void {
  const c = x > -2147483649 && x < 2147483648 ? Math.trunc(x) & 255 : 0
  const pad = F.width - 1
  if (F.minus) {
    if (c === 0) return
    bufPut(out, c)
    bufFill(out, 32, pad)
    return
  }
  bufFill(out, 32, pad)
  if (c !== 0) bufPut(out, c)
}

// -- Floating point -----------------------------------------------------------------------

/** %e %E %f %g %G of [x]. */
export function fmtFloat(F: FmtSpec, x: number, out: ByteBuf): void {
  const conv = F.conv
  const upper = conv === 69 || conv === 71
  const neg = numSignBit(x) === 1
  const sign = signOf(F, neg)
  if (x !== x) { emit(F, out, sign, upper ? 'NAN' : 'nan', false); return }
  const a = neg ? -x : x
  if (a === Infinity) { emit(F, out, sign, upper ? 'INF' : 'inf', false); return }
  const P = F.prec < 0 ? 6 : F.prec
  let body: string
  if (conv === 102) body = fmtBodyF(a, P, F.hash)
  else if (conv === 101 || conv === 69) body = fmtBodyE(a, P, upper, F.hash)
  else body = fmtBodyG(a, P, upper, F.hash)
  emit(F, out, sign, body, true)
}

// -- Strings --------------------------------------------------------------------------

/** %s of the bytes [s][off, off+len) under [F]. */
export function fmtStr(F: FmtSpec, s: Uint8Array, off: number, len: number, out: ByteBuf): void {
  if (F.prec < 0 && len >= 100) { bufPutRange(out, s, off, len); return }
  // sprintf sees a C string: stop at the first NUL, then apply the precision.
  let n = 0
  while (n < len && s[off + n] !== 0) n++
  if (F.prec >= 0 && n > F.prec) n = F.prec
  const pad = F.width - n
  if (pad > 0 && !F.minus) bufFill(out, 32, pad)
  bufPutRange(out, s, off, n)
  if (pad > 0 && F.minus) bufFill(out, 32, pad)
}

/** %q of the bytes [s][off, off+len) (5.1 addquoted). */
export function fmtQuoted(s: Uint8Array, off: number, len: number, out: ByteBuf): void {
  bufPut(out, 34)
  const end = off + len
  for (let i = off; i < end; i++) {
    const c = s[i]
    if (c === 34 || c === 92 || c === 10) { bufPut(out, 92); bufPut(out, c) }
    else if (c === 13) { bufPut(out, 92); bufPut(out, 114) }
    else if (c === 0) { bufPut(out, 92); bufPut(out, 48); bufPut(out, 48); bufPut(out, 48) }
    else bufPut(out, c)
  }
  bufPut(out, 34)
}

// -- The loop -------------------------------------------------------------------------------

const specShared = fmtSpecNew()

/**
 * string.format: append the result of formatting [fmt][off, off+len) with
 * arguments from [A] to [out]. Throws FormatError for bad specs; argument
 * errors come from [A].
 */
export function strFormat(fmt: Uint8Array, off: number, len: number, A: FormatArgs, out: ByteBuf): void {
  const F = specShared
  const end = off + len
  let arg = 1
  let i = off
  while (i < end) {
    const c = fmt[i]
    if (c !== C_PCT) {
      // copy a literal run
      let j = i + 1
      while (j < end && fmt[j] !== C_PCT) j++
      bufPutRange(out, fmt, i, j - i)
      i = j
      continue
    }
    if (i + 1 < end && fmt[i + 1] === C_PCT) { bufPut(out, C_PCT); i += 2; continue }
    A.check(++arg)
    i = fmtScan(F, fmt, i + 1, end)
    switch (F.conv) {
      case 99: fmtChar(F, A.num(arg), out); break
      case 100: case 105: fmtInt(F, A.num(arg), out); break
      case 111: case 117: case 120: case 88: fmtUnsigned(F, A.num(arg), out); break
      case 101: case 69: case 102: case 103: case 71: fmtFloat(F, A.num(arg), out); break
      case 113: A.str(arg); fmtQuoted(A.sBuf, A.sOff, A.sLen, out); break
      case 115: A.str(arg); fmtStr(F, A.sBuf, A.sOff, A.sLen, out); break
      default:
        throw new FormatError("invalid option '%" + (F.conv === 0 ? '' : String.fromCharCode(F.conv)) +
          "' to 'format'")
    }
  }
}
