// Number parsing: Lua 5.1 luaO_str2d (tonumber, lexer numerals) and tonumber(s, base).
//
// lua5.1 converts with glibc strtod and accepts the string iff strtod consumed
// at least one character and only isspace characters follow. So everything
// glibc strtod accepts is a Lua number here: decimal with optional exponent,
// C99 hex floats ("0x1.8p1", "0x10."), "inf"/"infinity"/"nan"/"nan(chars)" in
// any case, each with an optional sign and leading whitespace. 5.1 then has a
// strtoul fallback when strtod stopped at an 'x'; that fallback can never
// succeed (strtoul stops at the same 'x' or earlier, at a character that is
// not a space), so it is not reproduced. Strings are C strings to lua5.1: a
// NUL byte ends the input ("1\0x" -> 1).
//
// Rounding is exact like glibc:
// - decimal: up to 15 significant digits with |exponent| <= 22 take Clinger's
//   fast path (both factors exact, one IEEE rounding); anything else goes
//   through Number() on the validated ASCII substring (correctly rounded).
// - hex: up to 13 significant hex digits (52 bits) are exact in a double and
//   scaled by an exact power of two when the result is normal; otherwise the
//   mantissa is a BigInt rounded half-even by hexRound (subnormals, overflow).
//
// tonumber(s, base) in 5.1 is strtoul: whitespace, optional sign, for base 16
// an optional 0x prefix (only if a hex digit follows), digits < base; the
// value is unsigned long (64-bit): overflow saturates to 2^64-1, a '-' sign
// negates modulo 2^64 ("-1" -> 18446744073709551615), then the result is
// converted to a double.
//
// Results: both functions return a number and set str2dRes.ok (no
// allocation on the fast paths). str2dRes.nanNeg tells whether a NaN result
// had a '-' sign (glibc gives it the sign bit; tostring prints "-nan").

/** Outcome of the last str2d/str2dBase call. */
export interface Str2dResult { ok: boolean; nanNeg: boolean }
export const str2dRes: Str2dResult = { ok: false, nanNeg: false }

// 10^k for k = 0..22 (exact doubles).
const POW10 = new Float64Array(23)
for (let k = 0, p = 1; k < 23; k++, p *= 10) POW10[k] = p

// ctype isspace in the C locale: \t \n \v \f \r and space.
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13)
}

// Value of hex digit [c], or -1.
function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48
  const l = c | 32
  if (l >= 97 && l <= 102) return l - 87
  return -1
}

// Byte at [i] of [b] or 0 past [end] (C string terminator).
function at(b: Uint8Array, i: number, end: number): number {
  return i < end ? b[i] : 0
}

// True if bytes at [i] match lower-case ASCII [word] case-insensitively.
function matchWord(b: Uint8Array, i: number, end: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    if ((at(b, i + k, end) | 32) !== word.charCodeAt(k)) return false
  }
  return true
}

// -- Exact binary scaling ----------------------------------------------------

const F64 = new Float64Array(1)
const U32 = new Uint32Array(F64.buffer)
const HI = (() => { F64[0] = 1; return U32[1] === 0x3ff00000 ? 1 : 0 })()

// 2^[n] for -1022 <= n <= 1023, built from its bits (exact).
function pow2(n: number): number {
  U32[HI] = (n + 1023) << 20
  U32[1 - HI] = 0
  return F64[0]
}

// [x] * 2^[n] for 1 <= x < 2^54, exact whenever the result is representable:
// every step but the last stays in the normal range.
function ldexp(x: number, n: number): number {
  while (n > 1023) { x *= pow2(1023); n -= 1023 }
  while (n < -1022) { x *= pow2(-1022); n += 1022 }
  // The last step is the only one that can round (at most once).
  return x * pow2(n)
}

// Nearest double to [m] * 2^[e] (m > 0), ties to even, with subnormals.
function hexRound(m: bigint, e: number): number {
  const len = m.toString(2).length
  // m * 2^e lies in [2^(e+len-1), 2^(e+len)): decide overflow/underflow first.
  if (e + len > 1024) return Infinity
  if (e + len <= -1075) return 0
  let q = len - 53
  if (-1074 - e > q) q = -1074 - e
  if (q > 0) {
    const bq = BigInt(q)
    const rem = m & ((1n << bq) - 1n)
    const half = 1n << (bq - 1n)
    m >>= bq
    if (rem > half || (rem === half && (m & 1n) === 1n)) m += 1n
    e += q
  }
  // m <= 2^53 and m * 2^e is representable (or overflows): exact scaling.
  return ldexp(Number(m), e)
}

// -- strtod --------------------------------------------------------------------

// End index of the last parse (where strtod stopped).
let parseEnd = 0

// glibc strtod on [b] from [i]; sets parseEnd (== i if nothing parsed).
function strtod(b: Uint8Array, i: number, end: number): number {
  const start = i
  parseEnd = start
  str2dRes.nanNeg = false
  let c = at(b, i, end)
  while (isSpace(c)) c = at(b, ++i, end)
  let neg = false
  if (c === 45 || c === 43) { neg = c === 45; c = at(b, ++i, end) }
  const body = i
  // inf, infinity, nan, nan(n-char-sequence)
  if ((c | 32) === 105) {
    if (!matchWord(b, i, end, 'inf')) return 0
    i += 3
    if (matchWord(b, i, end, 'inity')) i += 5
    parseEnd = i
    return neg ? -Infinity : Infinity
  }
  if ((c | 32) === 110) {
    if (!matchWord(b, i, end, 'nan')) return 0
    i += 3
    if (at(b, i, end) === 40) {
      let k = i + 1, d = at(b, k, end)
      while ((d >= 48 && d <= 57) || ((d | 32) >= 97 && (d | 32) <= 122) || d === 95) d = at(b, ++k, end)
      if (d === 41) i = k + 1
    }
    parseEnd = i
    str2dRes.nanNeg = neg
    return NaN
  }
  if (c === 48 && (at(b, i + 1, end) | 32) === 120) {
    const h = hexFloat(b, i + 2, end)
    if (parseEnd !== 0) return neg ? -h : h
    // "0x" without hex digits: strtod reads just the "0".
    parseEnd = i + 1
    return neg ? -0 : 0
  }
  // Decimal: digits [. digits] [e [sign] digits]
  let w = 0, nd = 0, dexp = 0, sawDigit = false, exact = true
  while (c >= 48 && c <= 57) {
    sawDigit = true
    if (nd > 0 || c !== 48) {
      if (nd < 15) w = w * 10 + (c - 48)
      else { dexp++; if (c !== 48) exact = false }
      nd++
    }
    c = at(b, ++i, end)
  }
  if (c === 46) {
    c = at(b, ++i, end)
    while (c >= 48 && c <= 57) {
      sawDigit = true
      if (nd > 0 || c !== 48) {
        if (nd < 15) { w = w * 10 + (c - 48); dexp-- }
        else if (c !== 48) exact = false
        nd++
      } else dexp--
      c = at(b, ++i, end)
    }
  }
  if (!sawDigit) return 0
  if ((c | 32) === 101) {
    let k = i + 1, d = at(b, k, end), eneg = false
    if (d === 45 || d === 43) { eneg = d === 45; d = at(b, ++k, end) }
    if (d >= 48 && d <= 57) {
      // Saturate: a huge exponent cannot be offset by digit counts (< 2^32).
      let ev = 0
      while (d >= 48 && d <= 57) { if (ev < 1e15) ev = ev * 10 + (d - 48); d = at(b, ++k, end) }
      dexp += eneg ? -ev : ev
      i = k
    }
  }
  parseEnd = i
  let r: number
  if (exact && w === 0) r = 0
  else if (exact && dexp >= -22 && dexp <= 22) r = dexp >= 0 ? w * POW10[dexp] : w / POW10[-dexp]
  else r = Number(latin1(b, body, i))
  return neg ? -r : r
}

// ASCII bytes [from, to) of [b] as a JS string (slow path only).
function latin1(b: Uint8Array, from: number, to: number): string {
  let s = ''
  for (let k = from; k < to; k++) s += String.fromCharCode(b[k])
  return s
}

// Hex float after "0x" at [i]: sets parseEnd (0 if no hex digit), returns |x|.
function hexFloat(b: Uint8Array, i: number, end: number): number {
  let m = 0, nd = 0, bexp = 0, sawDigit = false, big = false
  let c = at(b, i, end), v = hexVal(c)
  const first = i
  while (v >= 0) {
    sawDigit = true
    if (nd > 0 || v !== 0) { if (nd < 13) m = m * 16 + v; else { big = true; bexp += 4 } nd++ }
    c = at(b, ++i, end); v = hexVal(c)
  }
  if (c === 46) {
    c = at(b, ++i, end); v = hexVal(c)
    while (v >= 0) {
      sawDigit = true
      if (nd > 0 || v !== 0) { if (nd < 13) { m = m * 16 + v; bexp -= 4 } else big = true; nd++ } else bexp -= 4
      c = at(b, ++i, end); v = hexVal(c)
    }
  }
  if (!sawDigit) { parseEnd = 0; return 0 }
  const mantEnd = i
  let pexp = 0
  if ((c | 32) === 112) {
    let k = i + 1, d = at(b, k, end), eneg = false
    if (d === 45 || d === 43) { eneg = d === 45; d = at(b, ++k, end) }
    if (d >= 48 && d <= 57) {
      while (d >= 48 && d <= 57) { if (pexp < 1e15) pexp = pexp * 10 + (d - 48); d = at(b, ++k, end) }
      if (eneg) pexp = -pexp
      i = k
    }
  }
  parseEnd = i
  if (m === 0 && !big) return 0
  if (!big) {
    const e = bexp + pexp
    // m < 2^52: the result is exact if it is a normal double.
    if (e >= -1022 && e <= 970) return m * pow2(e)
    return hexRound(BigInt(m), e)
  }
  return hexBig(b, first, mantEnd, pexp)
}

// Slow path: all hex digits in [from, to) (with optional '.') times 2^pexp.
function hexBig(b: Uint8Array, from: number, to: number, pexp: number): number {
  let m = 0n, e = pexp
  let afterPoint = false
  for (let k = from; k < to; k++) {
    const c = b[k]
    if (c === 46) { afterPoint = true; continue }
    m = (m << 4n) | BigInt(hexVal(c))
    if (afterPoint) e -= 4
  }
  if (m === 0n) return 0
  return hexRound(m, e)
}

// -- Public entry points ---------------------------------------------------------

/** luaO_str2d on [b][off, off+len): the number; str2dRes.ok says if valid. */
export function str2d(b: Uint8Array, off: number, len: number): number {
  const end = off + len
  const r = strtod(b, off, end)
  let i = parseEnd
  if (i === off) { str2dRes.ok = false; return 0 }
  let c = at(b, i, end)
  while (isSpace(c)) c = at(b, ++i, end)
  str2dRes.ok = c === 0
  return r
}

// 2^64 - 1 as a double (what 5.1 prints for ULONG_MAX).
const ULONG_MAX_D = 18446744073709551615

/** tonumber(s, [base]) for 2 <= base <= 36 (strtoul): value; str2dRes.ok. */
export function str2dBase(b: Uint8Array, off: number, len: number, base: number): number {
  const end = off + len
  let i = off, c = at(b, i, end)
  str2dRes.nanNeg = false
  while (isSpace(c)) c = at(b, ++i, end)
  let neg = false
  if (c === 45 || c === 43) { neg = c === 45; c = at(b, ++i, end) }
  if (base === 16 && c === 48 && (at(b, i + 1, end) | 32) === 120 && hexVal(at(b, i + 2, end)) >= 0) {
    i += 2; c = at(b, i, end)
  }
  const first = i
  // Accumulate exactly while below 2^53, then switch to BigInt.
  let v = 0, big = 0n, isBig = false, overflow = false
  for (;;) {
    let d = 99
    if (c >= 48 && c <= 57) d = c - 48
    else if ((c | 32) >= 97 && (c | 32) <= 122) d = (c | 32) - 87
    if (d >= base) break
    if (!isBig) {
      v = v * base + d
      if (v >= 9007199254740992 / 64) { isBig = true; big = BigInt(v) }
    } else if (!overflow) {
      big = big * BigInt(base) + BigInt(d)
      if (big > 0xffffffffffffffffn) overflow = true
    }
    c = at(b, ++i, end)
  }
  if (i === first) { str2dRes.ok = false; return 0 }
  while (isSpace(c)) c = at(b, ++i, end)
  if (c !== 0) { str2dRes.ok = false; return 0 }
  str2dRes.ok = true
  if (overflow) return ULONG_MAX_D
  if (!isBig) return neg && v !== 0 ? Number(18446744073709551616n - BigInt(v)) : v
  if (neg && big !== 0n) big = 18446744073709551616n - big
  return Number(big)
}
