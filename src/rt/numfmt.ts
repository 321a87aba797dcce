// Number formatting: Lua 5.1 tostring (%.14g) and the %e/%f/%g cores of printf.
//
// Every output must match glibc's printf byte for byte, and glibc formats the
// EXACT binary value of the double and rounds it half-to-even at the last
// requested digit. The approach:
//
// 1. Digits come from V8's toExponential/toFixed. Both are exact for every
//    precision we use (<= 99): V8 runs fast-dtoa/fixed-dtoa and falls back to
//    bignum-dtoa. They differ from glibc in one point only: on an exact tie
//    (the discarded tail is exactly one half unit of the last digit) ECMAScript
//    picks the LARGER candidate, glibc the EVEN one.
// 2. A tie can be detected without big arithmetic. Write |x| = m * 2^e with m
//    odd (numDecompose). Let 10^k be the weight of the last kept digit.
//    - e < 0: the exact decimal expansion of x ends at weight 10^e and its last
//      digit is 5 (m * 5^-e is an odd multiple of 5). So the tail is exactly a
//      half unit iff e == k - 1.
//    - e >= 0 (x is an integer): the tail is a half unit iff x is an odd
//      multiple of 5 * 10^(k-1) = 5^k * 2^(k-1), i.e. e == k - 1 and 5^k | m
//      (m < 2^53, so only k <= 22 can qualify and m % 5^k is exact).
//    On a tie V8 rounded up; if the last digit came out odd, glibc's choice is
//    one unit lower, and that digit cannot be 0, so decrementing it never
//    borrows. (A round-up that carries produces 10...0, whose last digit is
//    even, so a carry never needs fixing; see the proof in the spec notes.)
// 3. %f above 1e21 (toFixed switches to exponent form there): such doubles are
//    integers, so BigInt(x).toString() gives the exact digits.
// 4. %g is derived from one %e digit string: the exponent X after rounding
//    picks the style (X < -4 || X >= P -> exponent), both styles round at the
//    same digit, so no second conversion is needed.
//
// NaN sign: glibc prints "-nan" when the sign bit of the NaN is set. On x86
// 0/0 produces the "default NaN" 0xFFF8000000000000, so lua5.1 prints
// `print(0/0)` -> "-nan" and `print(-(0/0))` -> "nan". A JS NaN's sign is only
// observable through a Float64Array/Uint32Array view, and the engine may
// canonicalise NaNs that pass through JS doubles, so the VM should call
// numToStrBits(hi, lo) with the raw slot words when it has them.
//
// Layout of a double as two u32 words (little-endian host):
//   hi: +-+-----------+--------------------+   lo: +--------------------------+
//       |s| exp (11)  | mantissa hi (20)   |       | mantissa lo (32)         |
//       +-+-----------+--------------------+       +--------------------------+

const F64 = new Float64Array(1)
const U32 = new Uint32Array(F64.buffer)
// Index of the high word in U32 (1 on little-endian hosts).
const HI = (() => { F64[0] = 1; return U32[1] === 0x3ff00000 ? 1 : 0 })()
const LO = 1 - HI

// 10^k for k = 0..22 (all exact in a double).
const POW10 = new Float64Array(23)
for (let k = 0, p = 1; k < 23; k++, p *= 10) POW10[k] = p

// 5^k for k = 0..22 (all exact in a double).
const POW5 = new Float64Array(23)
for (let k = 0, p = 1; k < 23; k++, p *= 5) POW5[k] = p

// -- Decomposition -----------------------------------------------------------

// Results of numDecompose: |x| = decM * 2^decE with decM odd.
let decM = 0
let decE = 0

// Count trailing zero bits of a nonzero u32 [x].
function ctz32(x: number): number {
  return 31 - Math.clz32(x & -x)
}

// Split finite nonzero |[x]| into odd mantissa and binary exponent.
function numDecompose(x: number): void {
  F64[0] = x
  const hi = U32[HI], lo = U32[LO]
  const bexp = (hi >>> 20) & 0x7ff
  let mhi = hi & 0xfffff
  let e = -1074
  if (bexp !== 0) { mhi |= 0x100000; e = bexp - 1075 }
  let tz: number
  if (lo !== 0) tz = ctz32(lo)
  else tz = 32 + ctz32(mhi)
  // m = (mhi * 2^32 + lo) >> tz, computed exactly in doubles.
  if (tz >= 32) { decM = mhi / Math.pow(2, tz - 32) }
  else { decM = mhi * Math.pow(2, 32 - tz) + (lo >>> tz) }
  decE = e + tz
}

// True if the digits whose last one weighs 10^[k] came from an exact tie.
function isTie(k: number): boolean {
  const e = decE
  if (e !== k - 1) return false
  if (e < 0) return true
  return k <= 22 && decM % POW5[k] === 0
}

// -- Digit generation ----------------------------------------------------------

// Decimal exponent of the last expDigits result.
let expX = 0

// P+1 significant digits of finite [a] >= 0, rounded half-even; sets expX.
function expDigits(a: number, P: number): string {
  const s = a.toExponential(P)
  const ei = s.indexOf('e')
  const x = +s.slice(ei + 1)
  expX = x
  let d = P === 0 ? s.slice(0, 1) : s.slice(0, 1) + s.slice(2, ei)
  if (a !== 0) {
    const last = d.charCodeAt(P)
    if ((last & 1) === 1) {
      numDecompose(a)
      if (isTie(x - P)) d = d.slice(0, P) + String.fromCharCode(last - 1)
    }
  }
  return d
}

// Append the C exponent suffix for [x]: e+05, e-100.
function expSuffix(x: number, upper: boolean): string {
  const e = upper ? 'E' : 'e'
  if (x < 0) return (x > -10 ? e + '-0' : e + '-') + (-x)
  return (x < 10 ? e + '+0' : e + '+') + x
}

// -- Bodies of |x| (no sign), finite only --------------------------------------

// %.[P]e of finite [a] >= 0, with '#' flag [alt].
export function fmtBodyE(a: number, P: number, upper: boolean, alt: boolean): string {
  const d = expDigits(a, P)
  let r = d.slice(0, 1)
  if (P > 0 || alt) r += '.'
  if (P > 0) r += d.slice(1)
  return r + expSuffix(expX, upper)
}

// %.[P]f of finite [a] >= 0, with '#' flag [alt].
export function fmtBodyF(a: number, P: number, alt: boolean): string {
  let r: string
  if (a >= 1e21) {
    r = BigInt(a).toString()
    if (P > 0) r += '.' + '0'.repeat(P)
  } else {
    r = a.toFixed(P)
    if (a !== 0) {
      const last = r.charCodeAt(r.length - 1)
      if ((last & 1) === 1) {
        numDecompose(a)
        if (isTie(-P)) r = r.slice(0, r.length - 1) + String.fromCharCode(last - 1)
      }
    }
  }
  if (alt && P === 0) r += '.'
  return r
}

// Strip trailing zeros (and a bare point) from a fraction [f] unless [alt].
function gFrac(f: string, alt: boolean): string {
  if (alt) return '.' + f
  let n = f.length
  while (n > 0 && f.charCodeAt(n - 1) === 48) n--
  return n === 0 ? '' : '.' + f.slice(0, n)
}

// %.[P]g of finite [a] >= 0, with '#' flag [alt].
export function fmtBodyG(a: number, P: number, upper: boolean, alt: boolean): string {
  if (P === 0) P = 1
  const d = expDigits(a, P - 1)
  const x = expX
  // glibc quirk: when rounding carries the exponent from P-1 to P, '#'
  // prints the e-style mantissa without its zeros ("%#g" 999999.5 -> 1.e+06).
  if (alt && x === P && P <= 22 && a < POW10[P]) return '1.' + expSuffix(x, upper)
  if (x < -4 || x >= P) {
    return d.slice(0, 1) + gFrac(d.slice(1), alt) + expSuffix(x, upper)
  }
  if (x >= 0) return d.slice(0, x + 1) + gFrac(d.slice(x + 1), alt)
  return '0' + gFrac('0'.repeat(-x - 1) + d, alt)
}

// -- Sign, infinities, NaN -------------------------------------------------------

// Sign bit (0 or 1) of [x], observable also for -0 and NaN.
export function numSignBit(x: number): number {
  F64[0] = x
  return U32[HI] >>> 31
}

// %.[prec]g of [n] with sign, inf and nan spelled as glibc does (no padding).
export function fmtG(n: number, prec: number, upper: boolean, alt: boolean): string {
  const neg = numSignBit(n) === 1
  let body: string
  if (n !== n) body = upper ? 'NAN' : 'nan'
  else if (n === Infinity || n === -Infinity) body = upper ? 'INF' : 'inf'
  else body = fmtBodyG(neg ? -n : n, prec, upper, alt)
  return neg ? '-' + body : body
}

// -- tostring ------------------------------------------------------------------

// Lua 5.1 tostring([n]) = sprintf("%.14g", n).
export function numToStr(n: number): string {
  if (n === Math.floor(n)) {
    if (n < 1e14 && n > -1e14) {
      if (n !== 0 || 1 / n > 0) return String(n)
      return '-0'
    }
    if (n === Infinity) return 'inf'
    if (n === -Infinity) return '-inf'
  } else if (n !== n) {
    return numSignBit(n) === 1 ? '-nan' : 'nan'
  }
  if (n < 0) return '-' + g14(-n)
  return g14(n)
}

// %.14g of finite [a] > 0. Fast path: toPrecision(14) already has %g's
// layout when its rounded exponent X is in [-4, 14); fix the tie and strip
// trailing zeros. Other exponents go through fmtBodyG.
function g14(a: number): string {
  const s = a.toPrecision(14)
  let dot = -1, x: number
  if (s.charCodeAt(0) === 48) {
    // "0.000ddd": X = -(zeros after the point) - 1; %g wants X >= -4.
    let z = 2
    while (s.charCodeAt(z) === 48) z++
    if (z > 5) return fmtBodyG(a, 14, false, false)
    x = 1 - z
    dot = 1
  } else {
    dot = s.indexOf('.')
    if (s.indexOf('e') >= 0) return fmtBodyG(a, 14, false, false)
    x = (dot < 0 ? s.length : dot) - 1
  }
  let n = s.length
  const last = s.charCodeAt(n - 1)
  let r = s
  if ((last & 1) === 1) {
    numDecompose(a)
    if (isTie(x - 13)) r = s.slice(0, n - 1) + String.fromCharCode(last - 1)
  }
  if (dot < 0) return r
  while (r.charCodeAt(n - 1) === 48) n--
  if (n - 1 === dot) n--
  return n === r.length ? r : r.slice(0, n)
}

// tostring of the double whose raw words are [hi]:[lo] (keeps NaN signs).
export function numToStrBits(hi: number, lo: number): string {
  if (((hi >>> 20) & 0x7ff) === 0x7ff && ((hi & 0xfffff) !== 0 || lo !== 0)) {
    return (hi >>> 31) === 1 ? '-nan' : 'nan'
  }
  U32[HI] = hi
  U32[LO] = lo
  return numToStr(F64[0])
}
