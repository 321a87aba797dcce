// Lua 5.1 pattern matching (string.find/match/gmatch/gsub core) on byte arrays.
//
// Semantics are those of lua5.1's lstrlib, reproduced from its documented
// behaviour and checked against lua5.1 (spec/lib/pattern.spec.ts):
//
// - The pattern is a C string to 5.1: matching stops at its first NUL byte
//   (use %z to match a zero byte), while the subject is length-delimited.
//   Where 5.1 reads the subject's terminator (%f at the end, %b), byte 0 is
//   used.
// - Items: '.', %class, [set], [^set], single bytes; quantifiers * + - ?;
//   captures ( ) and position captures (); back-references %1-%9; %bxy;
//   %f[set]; '^' anchors only where the caller strips it (find/match/gsub),
//   '$' anchors only as the last pattern byte. Classes use C-locale ctype.
// - Errors are raised lazily, exactly when 5.1's matcher reaches the bad
//   item, with 5.1's messages (PatternError; the VM adds position info).
//
// Instead of 5.1's recursion (one C frame per quantifier and capture on the
// current path), the matcher runs one loop with an explicit backtrack stack,
// so a huge pattern cannot overflow the JS stack and no "pattern too
// complex" limit is needed. Choice points and undo records share the stack:
//
//   record (stride 4, Int32Array ms.stack):
//   +------+------------+------------+------------+
//   | kind |     a      |     b      |     c      |
//   +------+------------+------------+------------+
//   BT_START  undo '(' : level--
//   BT_END    undo ')' : capLen[a] = CAP_UNFINISHED
//   BT_OPT    x? taken : retry at s=a, p=b (item skipped)
//   BT_MAX    x* / x+  : s=a is the current end, b the minimum, c = p
//                        after the item; retry at s=a-1
//   BT_MIN    x-       : s=a; if s matches class b..c, retry at s+1
//
// Forward matching pushes records; failure pops them, applying undo records
// until a choice point yields a new (s, p); an empty stack means no match.
// Reaching the end of the pattern is success: the stack is simply dropped.
// Records are popped in LIFO order, so capture state at a choice point is
// exactly what it was when the point was pushed, as in the recursive
// original.
//
// Every live record belongs to a distinct pattern byte (an item or capture
// paren on the current path), so the stack is sized once per call to
// 4 * (pattern length + 1) and pushes need no bounds checks.
//
// Budget: ms.budget is decremented per step (and by the length of scans);
// at <= 0 ms.onBudget(ms) is called, which may throw (instruction or time
// limits) or refill the budget (the default). The loop keeps the counter in a
// local and syncs it around onBudget and on return.

/** Maximum captures in one pattern (LUA_MAXCAPTURES). */
export const LUA_MAXCAPTURES = 32
/** capLen marker: capture opened but not closed. */
export const CAP_UNFINISHED = -1
/** capLen marker: position capture "()". */
export const CAP_POSITION = -2
/** Budget refill of the default onBudget. */
export const PAT_BUDGET = 1 << 20

/** A pattern error with 5.1's message (position info is added by the VM). */
export class PatternError extends Error {}

/** Growable byte buffer used as a sink by gsub and string.format. */
export interface ByteBuf { b: Uint8Array; n: number }

/** Matcher state: reused across calls, set up by patInit. */
export interface MatchState {
  src: Uint8Array      // subject bytes
  srcInit: number      // subject start index in src
  srcEnd: number       // subject end index (exclusive)
  pat: Uint8Array      // pattern bytes
  patInit: number      // pattern start index in pat
  patEnd: number       // pattern end: first NUL or end (C string)
  level: number        // number of captures opened
  capStart: Int32Array // capture start index in src
  capLen: Int32Array   // capture length or CAP_UNFINISHED / CAP_POSITION
  stack: Int32Array    // backtrack records, stride 4
  budget: number       // steps until onBudget
  onBudget: (ms: MatchState) => void
  matchEnd: number     // end index of the last patScan match
  capOff: number       // patGetCapture result: string capture start
  capOutLen: number    // patGetCapture result: string capture length
}

const EMPTY = new Uint8Array(0)

// Default budget hook: refill.
function budgetRefill(ms: MatchState): void {
  ms.budget = PAT_BUDGET
}

/** New matcher state. */
export function msNew(): MatchState {
  return {
    src: EMPTY, srcInit: 0, srcEnd: 0,
    pat: EMPTY, patInit: 0, patEnd: 0,
    level: 0,
    capStart: new Int32Array(LUA_MAXCAPTURES),
    capLen: new Int32Array(LUA_MAXCAPTURES),
    stack: new Int32Array(256),
    budget: PAT_BUDGET,
    onBudget: budgetRefill,
    matchEnd: -1, capOff: 0, capOutLen: 0,
  }
}

// -- Character classes (C locale) --------------------------------------------

const C_ALPHA = 1, C_CNTRL = 2, C_DIGIT = 4, C_LOWER = 8, C_PUNCT = 16
const C_SPACE = 32, C_UPPER = 64, C_XDIGIT = 128, C_ZERO = 256
const C_NEG = 1 << 16

// ctype bits of each byte.
const CTYPE = new Uint16Array(256)
// Class letter -> ctype mask (| C_NEG for upper case); 0 = not a class.
const CLASS = new Int32Array(256)
for (let c = 0; c < 256; c++) {
  let m = 0
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) m |= C_ALPHA
  if (c < 32 || c === 127) m |= C_CNTRL
  if (c >= 48 && c <= 57) m |= C_DIGIT | C_XDIGIT
  if (c >= 97 && c <= 122) m |= C_LOWER
  if (c >= 65 && c <= 90) m |= C_UPPER
  if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
    m |= C_PUNCT
  }
  if (c === 32 || (c >= 9 && c <= 13)) m |= C_SPACE
  if ((c >= 65 && c <= 70) || (c >= 97 && c <= 102)) m |= C_XDIGIT
  if (c === 0) m |= C_ZERO
  CTYPE[c] = m
}
{
  const letters = 'acdlpsuwxz'
  const masks = [C_ALPHA, C_CNTRL, C_DIGIT, C_LOWER, C_PUNCT, C_SPACE, C_UPPER,
    C_ALPHA | C_DIGIT, C_XDIGIT, C_ZERO]
  for (let i = 0; i < letters.length; i++) {
    const l = letters.charCodeAt(i)
    CLASS[l] = masks[i]
    CLASS[l - 32] = masks[i] | C_NEG
  }
}

// Pattern bytes used below.
const P_ESC = 37, P_LPAR = 40, P_RPAR = 41, P_DOLLAR = 36, P_DOT = 46
const P_LBRACK = 91, P_RBRACK = 93, P_CARET = 94, P_MINUS = 45
const P_STAR = 42, P_PLUS = 43, P_QUEST = 63

// Does byte [c] belong to class letter [cl] (%a, %A, ... or a literal)?
function matchClass(c: number, cl: number): boolean {
  const k = CLASS[cl]
  if (k === 0) return cl === c
  return ((CTYPE[c] & k) !== 0) !== ((k & C_NEG) !== 0)
}

// Byte of the pattern at [p], 0 at or past the pattern end.
function patAt(ms: MatchState, p: number): number {
  return p < ms.patEnd ? ms.pat[p] : 0
}

// Index just past the single-byte class starting at [p]; validates it.
function classEnd(ms: MatchState, p: number): number {
  const pat = ms.pat, pEnd = ms.patEnd
  const c = pat[p++]
  if (c === P_ESC) {
    if (p >= pEnd) throw new PatternError("malformed pattern (ends with '%')")
    return p + 1
  }
  if (c === P_LBRACK) {
    if (p < pEnd && pat[p] === P_CARET) p++
    // The first byte of the set is taken literally even if it is ']'.
    do {
      if (p >= pEnd) throw new PatternError("malformed pattern (missing ']')")
      const d = pat[p++]
      if (d === P_ESC && p < pEnd) p++
    } while (p >= pEnd || pat[p] !== P_RBRACK)
    return p + 1
  }
  return p
}

// Does byte [c] match the set [p] ('[') .. [ec] (its ']')?
function matchBracket(ms: MatchState, c: number, p: number, ec: number): boolean {
  const pat = ms.pat
  let sig = true
  if (pat[p + 1] === P_CARET) { sig = false; p++ }
  while (++p < ec) {
    const d = pat[p]
    if (d === P_ESC) {
      p++
      if (matchClass(c, pat[p])) return sig
    } else if (pat[p + 1] === P_MINUS && p + 2 < ec) {
      p += 2
      if (d <= c && c <= pat[p]) return sig
    } else if (d === c) return sig
  }
  return !sig
}

// Does byte [c] match the single-byte class [p]..[ep)?
function singleMatch(ms: MatchState, c: number, p: number, ep: number): boolean {
  const d = ms.pat[p]
  if (d === P_DOT) return true
  if (d === P_ESC) return matchClass(c, ms.pat[p + 1])
  if (d === P_LBRACK) return matchBracket(ms, c, p, ep - 1)
  return d === c
}

// -- Matcher pieces ------------------------------------------------------------

// %bxy at subject [s] with x at pattern [p]: end index or -1.
function matchBalance(ms: MatchState, s: number, p: number): number {
  if (p + 1 >= ms.patEnd) throw new PatternError('unbalanced pattern')
  const src = ms.src, end = ms.srcEnd
  const open = ms.pat[p], close = ms.pat[p + 1]
  if (s >= end || src[s] !== open) return -1
  let depth = 1
  while (++s < end) {
    const c = src[s]
    if (c === close) {
      if (--depth === 0) return s + 1
    } else if (c === open) depth++
  }
  return -1
}

// Back-reference %[d] at subject [s]: end index or -1.
function matchCapture(ms: MatchState, s: number, d: number): number {
  const l = d - 49
  if (l < 0 || l >= ms.level || ms.capLen[l] === CAP_UNFINISHED) {
    throw new PatternError('invalid capture index')
  }
  const len = ms.capLen[l]
  if (len < 0 || ms.srcEnd - s < len) return -1 // position captures never match
  const src = ms.src, c0 = ms.capStart[l]
  for (let k = 0; k < len; k++) if (src[c0 + k] !== src[s + k]) return -1
  return s + len
}

// Index of the innermost unfinished capture (for ')').
function captureToClose(ms: MatchState): number {
  for (let l = ms.level - 1; l >= 0; l--) if (ms.capLen[l] === CAP_UNFINISHED) return l
  throw new PatternError('invalid pattern capture')
}

// Grow the backtrack stack to at least [need] slots (contents not kept).
function msStackGrow(ms: MatchState, need: number): void {
  let n = ms.stack.length * 2
  while (n < need) n *= 2
  ms.stack = new Int32Array(n)
}

const BT_START = 0, BT_END = 1, BT_OPT = 2, BT_MAX = 3, BT_MIN = 4

// -- The matcher -----------------------------------------------------------------

// Bytes that start a non-literal item in the forward loop: ( ) $ % [ .
const ITEM_SPECIAL = new Uint8Array(256)
ITEM_SPECIAL[P_LPAR] = ITEM_SPECIAL[P_RPAR] = ITEM_SPECIAL[P_DOLLAR] = 1
ITEM_SPECIAL[P_ESC] = ITEM_SPECIAL[P_LBRACK] = ITEM_SPECIAL[P_DOT] = 1

/**
 * Match pattern from [p] at subject index [s]: end index or -1 (5.1 `match`).
 * The caller resets ms.level (0 for a fresh attempt).
 */
export function patMatch(ms: MatchState, s: number, p: number): number {
  const src = ms.src, pat = ms.pat, srcEnd = ms.srcEnd, pEnd = ms.patEnd
  const capStart = ms.capStart, capLen = ms.capLen
  // Every live record belongs to a distinct pattern byte: size once.
  if (ms.stack.length < (pEnd - p + 1) << 2) msStackGrow(ms, (pEnd - p + 1) << 2)
  const st = ms.stack
  let sp = 0
  let bud = ms.budget
  for (;;) {
    // -- forward: advance until the pattern ends (success) or an item fails
    for (;;) {
      if (--bud <= 0) { ms.budget = bud; ms.onBudget(ms); bud = ms.budget }
      if (p >= pEnd) { ms.budget = bud; return s }
      const c = pat[p]
      let ep: number, m: boolean
      if (ITEM_SPECIAL[c] === 0) {
        // literal byte: the common case
        ep = p + 1
        m = s < srcEnd && src[s] === c
      } else {
        if (c === P_LPAR) {
          const l = ms.level
          if (l >= LUA_MAXCAPTURES) throw new PatternError('too many captures')
          capStart[l] = s
          if (patAt(ms, p + 1) === P_RPAR) { capLen[l] = CAP_POSITION; p += 2 }
          else { capLen[l] = CAP_UNFINISHED; p += 1 }
          ms.level = l + 1
          st[sp] = BT_START; sp += 4
          continue
        }
        if (c === P_RPAR) {
          const l = captureToClose(ms)
          capLen[l] = s - capStart[l]
          st[sp] = BT_END; st[sp + 1] = l; sp += 4
          p++
          continue
        }
        if (c === P_DOLLAR && p + 1 === pEnd) {
          if (s === srcEnd) { ms.budget = bud; return s }
          break
        }
        if (c === P_ESC) {
          const d = patAt(ms, p + 1)
          if (d === 98) { // %b
            const e = matchBalance(ms, s, p + 2)
            bud -= (e < 0 ? srcEnd : e) - s
            if (e < 0) break
            s = e
            p += 4
            continue
          }
          if (d === 102) { // %f
            p += 2
            if (patAt(ms, p) !== P_LBRACK) throw new PatternError("missing '[' after '%f' in pattern")
            const fe = classEnd(ms, p)
            const prev = s === ms.srcInit ? 0 : src[s - 1]
            const cur = s < srcEnd ? src[s] : 0
            if (matchBracket(ms, prev, p, fe - 1) || !matchBracket(ms, cur, p, fe - 1)) break
            p = fe
            continue
          }
          if (d >= 48 && d <= 57) { // %0-%9
            const e = matchCapture(ms, s, d)
            if (e < 0) break
            bud -= e - s
            s = e
            p += 2
            continue
          }
        }
        // single-byte class
        ep = classEnd(ms, p)
        m = s < srcEnd && singleMatch(ms, src[s], p, ep)
      }
      // optional quantifier
      const q = ep < pEnd ? pat[ep] : 0
      if (q === P_QUEST) {
        if (m) { st[sp] = BT_OPT; st[sp + 1] = s; st[sp + 2] = ep + 1; sp += 4; s++ }
        p = ep + 1
        continue
      }
      if (q === P_STAR || q === P_PLUS) {
        if (q === P_PLUS) {
          if (!m) break
          s++
        }
        let i = s
        if (ep === p + 1 && ITEM_SPECIAL[c] === 0) { while (i < srcEnd && src[i] === c) i++ }
        else { while (i < srcEnd && singleMatch(ms, src[i], p, ep)) i++ }
        bud -= i - s
        st[sp] = BT_MAX; st[sp + 1] = i; st[sp + 2] = s; st[sp + 3] = ep + 1; sp += 4
        s = i
        p = ep + 1
        continue
      }
      if (q === P_MINUS) {
        st[sp] = BT_MIN; st[sp + 1] = s; st[sp + 2] = p; st[sp + 3] = ep; sp += 4
        p = ep + 1
        continue
      }
      if (!m) break
      s++
      p = ep
    }
    // -- backtrack: undo until a choice point gives a new (s, p)
    for (;;) {
      if (sp === 0) { ms.budget = bud; return -1 }
      const r = sp - 4
      const kind = st[r]
      if (kind === BT_START) { ms.level--; sp = r; continue }
      if (kind === BT_END) { capLen[st[r + 1]] = CAP_UNFINISHED; sp = r; continue }
      if (kind === BT_OPT) { s = st[r + 1]; p = st[r + 2]; sp = r; break }
      if (kind === BT_MAX) {
        const cur = st[r + 1]
        if (cur > st[r + 2]) {
          s = cur - 1
          st[r + 1] = s
          p = st[r + 3]
          break
        }
        sp = r
        continue
      }
      // BT_MIN
      const s0 = st[r + 1], pc = st[r + 2], mep = st[r + 3]
      if (--bud <= 0) { ms.budget = bud; ms.onBudget(ms); bud = ms.budget }
      if (s0 < srcEnd && singleMatch(ms, src[s0], pc, mep)) {
        s = s0 + 1
        st[r + 1] = s
        p = mep + 1
        break
      }
      sp = r
    }
  }
}

// -- Set-up and drivers ----------------------------------------------------------

/** Bind subject [s][sOff, sOff+sLen) and pattern [p][pOff, pOff+pLen) to [ms]. */
export function patInit(ms: MatchState, s: Uint8Array, sOff: number, sLen: number,
  p: Uint8Array, pOff: number, pLen: number): void {
  ms.src = s
  ms.srcInit = sOff
  ms.srcEnd = sOff + sLen
  ms.pat = p
  ms.patInit = pOff
  // 5.1 sees the pattern as a C string: it ends at the first NUL.
  let e = pOff
  const pe = pOff + pLen
  while (e < pe && p[e] !== 0) e++
  ms.patEnd = e
  ms.level = 0
}

/**
 * find/match loop (5.1 str_find_aux): try positions from subject index
 * [init] on; a leading '^' anchors. Returns the match start index and sets
 * ms.matchEnd, or -1. Captures are left in ms for patGetCapture.
 */
export function patScan(ms: MatchState, init: number): number {
  let p = ms.patInit
  const anchor = p < ms.patEnd && ms.pat[p] === P_CARET
  if (anchor) p++
  let s = init
  for (;;) {
    ms.level = 0
    const e = patMatch(ms, s, p)
    if (e >= 0) { ms.matchEnd = e; return s }
    if (anchor || s >= ms.srcEnd) return -1
    s++
  }
}

/**
 * Number of values a match pushes: ms.level, or 1 (the whole match) when
 * there are no captures and [whole] is set (match/gmatch/gsub, not find).
 */
export function patNumCaptures(ms: MatchState, whole: boolean): number {
  return ms.level === 0 && whole ? 1 : ms.level
}

/**
 * Capture [i] (0-based) of the match [s, e) (5.1 push_onecapture). Returns
 * -1 for a string capture, with ms.capOff/ms.capOutLen set (index into
 * ms.src), or the 1-based position of a position capture.
 */
export function patGetCapture(ms: MatchState, i: number, s: number, e: number): number {
  if (i >= ms.level) {
    if (i !== 0) throw new PatternError('invalid capture index')
    ms.capOff = s
    ms.capOutLen = e - s
    return -1
  }
  const l = ms.capLen[i]
  if (l === CAP_UNFINISHED) throw new PatternError('unfinished capture')
  if (l === CAP_POSITION) return ms.capStart[i] - ms.srcInit + 1
  ms.capOff = ms.capStart[i]
  ms.capOutLen = l
  return -1
}

/**
 * gsub string replacement (5.1 add_s): append [r][rOff, rOff+rLen) to [B]
 * with %0-%9 expanded for the match [s, e); '%' before any other byte
 * yields that byte, and a trailing '%' yields a NUL byte (5.1 reads the
 * string terminator).
 */
export function patAddRepl(ms: MatchState, B: ByteBuf, r: Uint8Array, rOff: number, rLen: number,
  s: number, e: number): void {
  const rEnd = rOff + rLen
  for (let i = rOff; i < rEnd; i++) {
    const c = r[i]
    if (c !== P_ESC) { bufPut(B, c); continue }
    i++
    const d = i < rEnd ? r[i] : 0
    if (d < 48 || d > 57) bufPut(B, d)
    else if (d === 48) bufPutRange(B, ms.src, s, e - s)
    else {
      const pos = patGetCapture(ms, d - 49, s, e)
      if (pos < 0) bufPutRange(B, ms.src, ms.capOff, ms.capOutLen)
      else bufPutAscii(B, String(pos))
    }
  }
}

// -- Plain search ------------------------------------------------------------------

// "^$*+?.([%-" as a byte set.
const SPECIAL = new Uint8Array(256)
for (let i = 0; i < 10; i++) SPECIAL['^$*+?.([%-'.charCodeAt(i)] = 1

/** True if the pattern has none of 5.1's specials before its first NUL (strpbrk). */
export function patNoSpecials(p: Uint8Array, pOff: number, pLen: number): boolean {
  const pe = pOff + pLen
  for (let i = pOff; i < pe; i++) {
    const c = p[i]
    if (c === 0) return true
    if (SPECIAL[c] === 1) return false
  }
  return true
}

/** Index of the first [p][pOff, +pLen) in [s][sOff, +sLen), or -1 (lmemfind). */
export function lmemfind(s: Uint8Array, sOff: number, sLen: number,
  p: Uint8Array, pOff: number, pLen: number): number {
  if (pLen === 0) return sOff
  if (pLen > sLen) return -1
  const first = p[pOff]
  const last = sOff + sLen - pLen
  for (let i = sOff; i <= last; i++) {
    if (s[i] !== first) continue
    let k = 1
    while (k < pLen && s[i + k] === p[pOff + k]) k++
    if (k === pLen) return i
  }
  return -1
}

// -- ByteBuf --------------------------------------------------------------------------

/** New byte buffer with capacity [cap]. */
export function bufNew(cap: number): ByteBuf {
  return { b: new Uint8Array(cap > 16 ? cap : 16), n: 0 }
}

/** Grow [B] to hold [need] more bytes. */
export function bufGrow(B: ByteBuf, need: number): void {
  let cap = B.b.length * 2
  while (cap < B.n + need) cap *= 2
  const nb = new Uint8Array(cap)
  nb.set(B.b.subarray(0, B.n))
  B.b = nb
}

/** Append byte [c]. */
export function bufPut(B: ByteBuf, c: number): void {
  if (B.n >= B.b.length) bufGrow(B, 1)
  B.b[B.n++] = c
}

/** Append [src][off, off+len). */
export function bufPutRange(B: ByteBuf, src: Uint8Array, off: number, len: number): void {
  if (B.n + len > B.b.length) bufGrow(B, len)
  const b = B.b
  let n = B.n
  if (len > 32) { b.set(src.subarray(off, off + len), n); n += len }
  else for (let i = 0; i < len; i++) b[n++] = src[off + i]
  B.n = n
}

/** Append the low bytes of the char codes of [str] (ASCII/latin1). */
export function bufPutAscii(B: ByteBuf, str: string): void {
  const len = str.length
  if (B.n + len > B.b.length) bufGrow(B, len)
  const b = B.b
  let n = B.n
  for (let i = 0; i < len; i++) b[n++] = str.charCodeAt(i)
  B.n = n
}

/** Append [c] repeated [k] times. */
export function bufFill(B: ByteBuf, c: number, k: number): void {
  if (k <= 0) return
  if (B.n + k > B.b.length) bufGrow(B, k)
  B.b.fill(c, B.n, B.n + k)
  B.n += k
}
