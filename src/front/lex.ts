// Lexer: Lua 5.1 tokens over a byte buffer, with lua5.1's error messages.
//
// The source is a Uint8Array; UTF-8 is just bytes. The scanner follows
// llex.c of Lua 5.1 so that what it accepts and how it fails match lua5.1:
//
//   - identifiers are ASCII letters, digits and '_' (the C locale);
//   - a numeral is read greedily as llex's read_numeral does (digits and
//     dots, an optional exponent sign after E/e, then any alnum or '_'),
//     then converted as C strtod would: decimal text goes through JS
//     Number() once validated (correct rounding), hex (glibc strtod also
//     takes 0x..p..) is built exactly; anything left over is a
//     "malformed number";
//   - escapes: \a \b \f \n \r \t \v \\ \" \' \ddd, a backslash-newline,
//     LuaJIT's \xXX and \z; any other escaped char stands for itself;
//   - long brackets [==[ ... ]==] with levels; "[[" nested inside a
//     level-0 long string or comment is an error, as in lua5.1
//     (LUA_COMPAT_LSTR == 1);
//   - line breaks are \n, \r, \r\n or \n\r, each counting one line.
//
// Strings are produced as binary strings (one char per byte, 0..255), so
// they can key Maps for constant interning and convert back to bytes
// exactly. Errors are LuaCompileError with lua5.1's text
// `chunkid:line: msg near 'tok'`, where 'tok' is the text of the last
// scanned token (llex's buffer), as txtToken does.

import { chunkId, MAXSRC } from './chunkid'
import { LuaCompileError } from './error'
import type { FuncState } from './funcstate'

/** A string GC constant as output. */
export interface KgcStr { readonly k: 'str'; readonly s: Uint8Array }

// -- Tokens -----------------------------------------------------------------

// Single-char tokens are their byte value. ORDER TK: luaX_tokens.
export enum TK {
  AND = 257, BREAK, DO, ELSE, ELSEIF, END, FALSE, FOR, FUNCTION,
  IF, IN, LOCAL, NIL, NOT, OR, REPEAT, RETURN, THEN, TRUE, UNTIL, WHILE,
  CONCAT, DOTS, EQ, GE, LE, NE, NUMBER, NAME, STRING, EOF,
}

/** Token texts for messages, indexed by tok - TK.AND. ORDER TK. */
const TK_TEXT: readonly string[] = [
  'and', 'break', 'do', 'else', 'elseif', 'end', 'false', 'for', 'function',
  'if', 'in', 'local', 'nil', 'not', 'or', 'repeat', 'return', 'then',
  'true', 'until', 'while',
  '..', '...', '==', '>=', '<=', '~=', '<number>', '<name>', '<string>',
  '<eof>',
]

/** Reserved words to their token. */
const RESERVED = new Map<string, number>()
for (let t = TK.AND; t <= TK.WHILE; t++) RESERVED.set(TK_TEXT[t - TK.AND], t)

/** End of input marker for LexState.c. */
const EOZ = -1

// Character classes (C locale): bit 1 alpha or '_', 2 digit, 4 space,
// 8 hex digit.
const CC = new Uint8Array(256)
for (let c = 0; c < 256; c++) {
  let m = 0
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) m |= 1
  if (c >= 48 && c <= 57) m |= 2 | 8
  if ((c >= 65 && c <= 70) || (c >= 97 && c <= 102)) m |= 8
  if (c === 32 || (c >= 9 && c <= 13)) m |= 4
  CC[c] = m
}

/** Is [c] a letter or '_'? */
function isAlpha(c: number): boolean { return c >= 0 && (CC[c] & 1) !== 0 }
/** Is [c] a decimal digit? */
function isDigit(c: number): boolean { return c >= 48 && c <= 57 }
/** Is [c] a letter, digit or '_'? */
function isAlnum(c: number): boolean { return c >= 0 && (CC[c] & 3) !== 0 }
/** Is [c] a hex digit? */
function isXDigit(c: number): boolean { return c >= 0 && (CC[c] & 8) !== 0 }
/** Is [c] white space (isspace)? */
function isSpace(c: number): boolean { return c >= 0 && (CC[c] & 4) !== 0 }

// -- Lexer and parser state ---------------------------------------------------

/** Name of a pending break in the variable stack (not an identifier). */
export const NAME_BREAK = '\0break'

/** Lexer state; also carries the parser's per-chunk state, as in LuaJIT. */
export interface LexState {
  src: Uint8Array
  n: number // source length
  p: number // position of the char after c
  c: number // current char, EOZ at the end
  linenumber: number // current line of the scanner
  lastline: number // line of the last consumed token
  linestart: number // position of the first char of the current line
  tok: number // current token
  tokS: string // its string value (names, strings)
  tokN: number // its number value
  tokCol: number // its 1-based column
  ahead: number // lookahead token, TK.EOF if none
  aheadS: string
  aheadN: number
  aheadCol: number
  lastKind: number // kind of the last scanned token (for 'near')
  lastStart: number // its source range
  lastEnd: number
  sbuf: Uint8Array // save buffer for string contents
  sblen: number
  chunkname: string
  chunkid: string // '' until first needed
  // Parser state.
  fs: FuncState | null
  level: number // syntactic nesting depth
  vName: (string | null)[] // variable stack: name (null = resolved goto)
  vStart: number[] // startpc
  vEnd: number[] // endpc
  vSlot: number[] // register
  vInfo: number[] // VSTACK_* flags
  vtop: number
  fsPool: FuncState[] // function states by nesting depth, reused
  arena: ArrayBuffer // output arrays are carved from it (see funcstate.ts)
  arenaOff: number
  kstrId: Map<string, number> // string constant -> per-compile index
  kstrOut: KgcStr[] // string constants as output, by per-compile index
  fsSerial: number // last FuncState serial handed out
}

/** Placeholders for fields stored twice by lexNew. */
const EMPTY_U8 = new Uint8Array(0)
const EMPTY_BUF = new ArrayBuffer(0)

/** Fresh lexer over [src], positioned before the first token. */
export function lexNew(src: Uint8Array, chunkname: string,
  skipShebang: boolean): LexState {
  const ls: LexState = {
    src, n: src.length, p: 0, c: EOZ, linenumber: 1, lastline: 1,
    linestart: 0, tok: 0, tokS: '', tokN: 0, tokCol: 0,
    ahead: TK.EOF, aheadS: '', aheadN: 0, aheadCol: 0,
    lastKind: 0, lastStart: 0, lastEnd: 0,
    sbuf: EMPTY_U8, sblen: 0, chunkname, chunkid: '',
    fs: null, level: 0, vName: [], vStart: [], vEnd: [], vSlot: [],
    vInfo: [], vtop: 0, fsPool: [],
    arena: EMPTY_BUF, arenaOff: 0, kstrId: new Map(), kstrOut: [], fsSerial: 0,
  }
  // Fields that are replaced while compiling get their real value by a
  // second store: V8 then treats them as mutable from the start. A field
  // that turns from constant to mutable after the parser is optimised
  // deoptimises every function that inlined a read of it.
  ls.sbuf = new Uint8Array(256)
  ls.arena = new ArrayBuffer(src.length < 4096 ? 4096 :
    src.length > 1048576 ? 1048576 : (src.length + 7) & ~7)
  if (skipShebang && src.length > 0 && src[0] === 35) { // '#': as loadfile
    let p = 0
    while (p < src.length && src[p] !== 10) p++
    ls.p = p
  }
  lexNext(ls)
  return ls
}

/** Advance to the next char. */
function lexNext(ls: LexState): number {
  const p = ls.p
  if (p < ls.n) { ls.p = p + 1; return (ls.c = ls.src[p]) }
  ls.p = ls.n + 1
  return (ls.c = EOZ)
}

/** Append byte [c] to the save buffer. */
function save(ls: LexState, c: number): void {
  if (ls.sblen >= ls.sbuf.length) {
    const nb = new Uint8Array(ls.sbuf.length * 2)
    nb.set(ls.sbuf)
    ls.sbuf = nb
  }
  ls.sbuf[ls.sblen++] = c
}

/** Save the current char and advance. */
function saveNext(ls: LexState): void {
  save(ls, ls.c)
  lexNext(ls)
}

/** Scratch array of char codes for String.fromCharCode.apply. */
const SCRATCH: number[] = []

/** Binary string of bytes [a, b) of [buf]. */
export function bytesToBin(buf: Uint8Array, a: number, b: number): string {
  let s = ''
  for (let i = a; i < b; i += 8192) {
    const e = i + 8192 < b ? i + 8192 : b
    SCRATCH.length = e - i
    for (let j = i; j < e; j++) SCRATCH[j - i] = buf[j]
    s += String.fromCharCode.apply(null, SCRATCH)
  }
  return s
}

// Intern cache for short byte runs (names, short literals): a direct-mapped
// table, so a repeated identifier costs a hash and a compare instead of a
// new string. A pure cache; sharing it across compiles is harmless.
const INTERN_SIZE = 8192
const INTERN_MAX = 40
const internTab: string[] = []
for (let i = 0; i < INTERN_SIZE; i++) internTab.push('')

/** Binary string of bytes [a, b) of [buf], interned if short. */
export function internBytes(buf: Uint8Array, a: number, b: number): string {
  const n = b - a
  if (n > INTERN_MAX) return bytesToBin(buf, a, b)
  let h = n
  for (let i = a; i < b; i++) h = (Math.imul(h, 31) + buf[i]) | 0
  const slot = (h ^ (h >>> 12)) & (INTERN_SIZE - 1)
  const s = internTab[slot]
  if (s.length === n) {
    let i = 0
    while (i < n && s.charCodeAt(i) === buf[a + i]) i++
    if (i === n) return s
  }
  const ns = bytesToBin(buf, a, b)
  internTab[slot] = ns
  return ns
}

/** Bytes of binary string [s]. */
export function binToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff
  return out
}

// -- Errors -------------------------------------------------------------------

/** Did the last syntax error come with the scanner at the end of the
 *  input? (load() with a reader: more input could change it; base.ts.) */
export let lexErrAtEof = false

/** Throw `chunkid:line: msg [near 'near']` (near null: no suffix). */
export function lexErrorNear(ls: LexState, msg: string, near: string | null,
  col: number): never {
  lexErrAtEof = ls.c === EOZ
  if (ls.chunkid === '') ls.chunkid = chunkId(ls.chunkname, MAXSRC)
  const reason = near === null ? msg : msg + " near '" + near + "'"
  throw new LuaCompileError(ls.chunkid + ':' + ls.linenumber + ': ' + reason,
    ls.linenumber, col, ls.chunkname, reason)
}

/** Text of token [tok] for messages (luaX_token2str). */
export function lexToken2Str(tok: number): string {
  if (tok >= TK.AND) return TK_TEXT[tok - TK.AND]
  if (tok < 32 || tok === 127) return 'char(' + tok + ')'
  return String.fromCharCode(tok)
}

/** Text shown after "near" for token [tok] (txtToken). */
function txtToken(ls: LexState, tok: number): string {
  if (tok === TK.NAME || tok === TK.STRING || tok === TK.NUMBER) {
    if (ls.lastKind === TK.STRING) return bytesToBin(ls.sbuf, 0, ls.sblen)
    return bytesToBin(ls.src, ls.lastStart, ls.lastEnd)
  }
  return lexToken2Str(tok)
}

/** Lexical or syntax error at the current token (luaX_lexerror). */
export function lexError(ls: LexState, msg: string, tok: number): never {
  lexErrorNear(ls, msg, tok === 0 ? null : txtToken(ls, tok), ls.tokCol)
}

/** Syntax error near the current token (luaX_syntaxerror). */
export function lexSyntaxError(ls: LexState, msg: string): never {
  lexError(ls, msg, ls.tok)
}

/** Error inside a token being scanned, near the save buffer. */
function scanError(ls: LexState, msg: string, tok: number, start: number):
  never {
  let near: string | null = null
  if (tok === TK.EOF) near = '<eof>'
  else if (tok === TK.STRING) near = bytesToBin(ls.sbuf, 0, ls.sblen)
  else if (tok === TK.NUMBER) near = bytesToBin(ls.src, start, ls.p - 1)
  else if (tok !== 0) near = lexToken2Str(tok)
  lexErrorNear(ls, msg, near, start - ls.linestart + 1)
}

// -- Scanner ------------------------------------------------------------------

/** Skip a line break: \n, \r, \r\n or \n\r. */
function incLine(ls: LexState): void {
  const old = ls.c
  lexNext(ls)
  if ((ls.c === 10 || ls.c === 13) && ls.c !== old) lexNext(ls)
  ls.linenumber++
  ls.linestart = ls.p - 1
}

/** Skip '[' or ']' and '='s; level, or -count-1 if not a long bracket. */
function skipSep(ls: LexState): number {
  let count = 0
  const s = ls.c
  saveNext(ls)
  while (ls.c === 61) { saveNext(ls); count++ }
  return ls.c === s ? count : -count - 1
}

/** Read a long string (or comment if [isStr] is false) of level [sep]. */
function readLongString(ls: LexState, isStr: boolean, sep: number,
  start: number): void {
  saveNext(ls) // skip 2nd '['
  if (ls.c === 10 || ls.c === 13) incLine(ls)
  for (;;) {
    const c = ls.c
    if (c === EOZ) {
      scanError(ls, isStr ? 'unfinished long string' :
        'unfinished long comment', TK.EOF, start)
    } else if (c === 91) { // '['
      if (skipSep(ls) === sep) {
        saveNext(ls)
        if (sep === 0) scanError(ls, 'nesting of [[...]] is deprecated', 91,
          start)
      }
    } else if (c === 93) { // ']'
      if (skipSep(ls) === sep) { saveNext(ls); break }
    } else if (c === 10 || c === 13) {
      save(ls, 10)
      incLine(ls)
      if (!isStr) ls.sblen = 0
    } else if (isStr) {
      saveNext(ls)
    } else {
      lexNext(ls)
    }
  }
  if (isStr) ls.tokS = bytesToBin(ls.sbuf, 2 + sep, ls.sblen - 2 - sep)
}

/** Read a quoted string delimited by [del]. */
function readString(ls: LexState, del: number, start: number): void {
  saveNext(ls)
  while (ls.c !== del) {
    const c = ls.c
    if (c === EOZ) scanError(ls, 'unfinished string', TK.EOF, start)
    if (c === 10 || c === 13) {
      scanError(ls, 'unfinished string', TK.STRING, start)
    }
    if (c !== 92) { saveNext(ls); continue } // not '\\'
    let e = lexNext(ls) // do not save the '\\'
    switch (e) {
      case 97: e = 7; break // \a
      case 98: e = 8; break // \b
      case 102: e = 12; break // \f
      case 110: e = 10; break // \n
      case 114: e = 13; break // \r
      case 116: e = 9; break // \t
      case 118: e = 11; break // \v
      case 10: case 13: save(ls, 10); incLine(ls); continue
      case EOZ: continue // unfinished string, next round
      case 120: { // \xXX (LuaJIT)
        let v = 0
        for (let i = 0; i < 2; i++) {
          const h = lexNext(ls)
          if (!isXDigit(h)) {
            scanError(ls, 'invalid escape sequence', TK.STRING, start)
          }
          v = v * 16 + (h <= 57 ? h - 48 : (h | 32) - 87)
        }
        e = v
        break
      }
      case 122: // \z (LuaJIT): skip white space
        lexNext(ls)
        while (isSpace(ls.c)) {
          if (ls.c === 10 || ls.c === 13) incLine(ls)
          else lexNext(ls)
        }
        continue
      default:
        if (!isDigit(e)) { saveNext(ls); continue } // \\ \" \' and others
        {
          let v = 0
          let i = 0
          do {
            v = 10 * v + (ls.c - 48)
            lexNext(ls)
          } while (++i < 3 && isDigit(ls.c))
          if (v > 255) {
            scanError(ls, 'escape sequence too large', TK.STRING, start)
          }
          save(ls, v)
        }
        continue
    }
    save(ls, e)
    lexNext(ls)
  }
  saveNext(ls) // skip delimiter
  ls.tokS = internBytes(ls.sbuf, 1, ls.sblen - 1)
}

/** Value of hex digit [h]. */
function hexVal(h: number): number {
  return h <= 57 ? h - 48 : (h | 32) - 87
}

/** strtod over all of [s, e) of [src] (glibc: decimal or 0x hex with
 *  optional p exponent); NaN if the text is not entirely a numeral. */
function str2d(src: Uint8Array, s: number, e: number): number {
  if (e - s > 2 && src[s] === 48 && (src[s + 1] | 32) === 120) {
    let i = s + 2
    let mant = 0n
    let nd = 0
    while (i < e && isXDigit(src[i])) {
      mant = mant * 16n + BigInt(hexVal(src[i])); i++; nd++
    }
    if (nd === 0) return NaN
    let exp = 0
    if (i < e && (src[i] | 32) === 112) { // 'p': only unsigned here
      i++
      let ne = 0
      while (i < e && isDigit(src[i])) {
        if (exp < 100000) exp = exp * 10 + src[i] - 48
        i++; ne++
      }
      if (ne === 0) return NaN
    }
    if (i !== e) return NaN
    const m = Number(mant)
    return exp > 2000 ? (m === 0 ? 0 : Infinity) : m * Math.pow(2, exp)
  }
  // Decimal: digits [. digits] [e [+-] digits], at least one digit.
  let i = s
  let nd = 0
  while (i < e && isDigit(src[i])) { i++; nd++ }
  if (i < e && src[i] === 46) {
    i++
    while (i < e && isDigit(src[i])) { i++; nd++ }
  }
  if (nd === 0) return NaN
  if (i < e && (src[i] | 32) === 101) {
    i++
    if (i < e && (src[i] === 43 || src[i] === 45)) i++
    let ne = 0
    while (i < e && isDigit(src[i])) { i++; ne++ }
    if (ne === 0) return NaN
  }
  if (i !== e) return NaN
  if (nd === e - s && nd <= 15) { // plain integer: exact without a string
    let v = 0
    for (let j = s; j < e; j++) v = v * 10 + src[j] - 48
    return v
  }
  return Number(bytesToBin(src, s, e))
}

/** Read a numeral starting at [start] (llex's read_numeral). */
function readNumeral(ls: LexState, start: number): void {
  do { lexNext(ls) } while (isDigit(ls.c) || ls.c === 46)
  if (ls.c === 69 || ls.c === 101) { // 'E' 'e'
    const c2 = lexNext(ls)
    if (c2 === 43 || c2 === 45) lexNext(ls)
  }
  while (isAlnum(ls.c)) lexNext(ls)
  const end = ls.p - 1
  const v = str2d(ls.src, start, end)
  ls.lastKind = TK.NUMBER; ls.lastStart = start; ls.lastEnd = end
  if (v !== v) scanError(ls, 'malformed number', TK.NUMBER, start)
  ls.tokN = v
}

/** Scan one token; its value goes to ls.tokS / ls.tokN. */
function scan(ls: LexState): number {
  ls.sblen = 0
  for (;;) {
    if (ls.c === 32 || ls.c === 9) { // fast path: runs of blanks
      const src = ls.src
      const n = ls.n
      let p = ls.p
      while (p < n && (src[p] === 32 || src[p] === 9)) p++
      ls.p = p
      lexNext(ls)
    }
    const c = ls.c
    const start = ls.p - 1
    ls.tokCol = start - ls.linestart + 1
    switch (c) {
      case 10: case 13: incLine(ls); continue
      case 45: { // '-'
        if (lexNext(ls) !== 45) return 45
        lexNext(ls)
        if (ls.c === 91) { // "--[": long comment?
          const sep = skipSep(ls)
          ls.sblen = 0
          if (sep >= 0) { readLongString(ls, false, sep, start); ls.sblen = 0; continue }
        }
        { // short comment
          const src = ls.src
          const n = ls.n
          let p = ls.p - 1
          if (ls.c !== EOZ) {
            while (p < n && src[p] !== 10 && src[p] !== 13) p++
            ls.p = p
            lexNext(ls)
          }
        }
        continue
      }
      case 91: { // '['
        const sep = skipSep(ls)
        if (sep >= 0) {
          readLongString(ls, true, sep, start)
          ls.lastKind = TK.STRING
          return TK.STRING
        }
        if (sep === -1) return 91
        scanError(ls, 'invalid long string delimiter', TK.STRING, start)
      }
      // falls through (unreachable: scanError throws)
      case 61: // '='
        if (lexNext(ls) !== 61) return 61
        lexNext(ls); return TK.EQ
      case 60: // '<'
        if (lexNext(ls) !== 61) return 60
        lexNext(ls); return TK.LE
      case 62: // '>'
        if (lexNext(ls) !== 61) return 62
        lexNext(ls); return TK.GE
      case 126: // '~'
        if (lexNext(ls) !== 61) return 126
        lexNext(ls); return TK.NE
      case 34: case 39: // '"' '\''
        readString(ls, c, start)
        ls.lastKind = TK.STRING
        return TK.STRING
      case 46: // '.'
        if (lexNext(ls) === 46) {
          if (lexNext(ls) === 46) { lexNext(ls); return TK.DOTS }
          return TK.CONCAT
        }
        if (!isDigit(ls.c)) return 46
        readNumeral(ls, start)
        return TK.NUMBER
      case EOZ:
        return TK.EOF
      default:
        if (isSpace(c)) { lexNext(ls); continue }
        if (isDigit(c)) { readNumeral(ls, start); return TK.NUMBER }
        if (isAlpha(c)) {
          const src = ls.src
          const n = ls.n
          let p = ls.p
          while (p < n && (CC[src[p]] & 3) !== 0) p++
          const s = internBytes(src, start, p)
          ls.p = p
          lexNext(ls)
          const r = RESERVED.get(s)
          if (r !== undefined) return r
          ls.tokS = s
          ls.lastKind = TK.NAME; ls.lastStart = start; ls.lastEnd = p
          return TK.NAME
        }
        lexNext(ls)
        return c // single-char tokens
    }
  }
}

// -- Lexer API ------------------------------------------------------------------

/** Move to the next token (luaX_next). */
export function lexNextToken(ls: LexState): void {
  ls.lastline = ls.linenumber
  if (ls.ahead !== TK.EOF) {
    ls.tok = ls.ahead
    ls.tokS = ls.aheadS
    ls.tokN = ls.aheadN
    ls.tokCol = ls.aheadCol
    ls.ahead = TK.EOF
  } else {
    ls.tok = scan(ls)
  }
}

/** Peek at the token after the current one (luaX_lookahead). */
export function lexLookahead(ls: LexState): number {
  const s = ls.tokS
  const nv = ls.tokN
  const col = ls.tokCol
  ls.ahead = scan(ls)
  ls.aheadS = ls.tokS
  ls.aheadN = ls.tokN
  ls.aheadCol = ls.tokCol
  ls.tokS = s
  ls.tokN = nv
  ls.tokCol = col
  return ls.ahead
}
