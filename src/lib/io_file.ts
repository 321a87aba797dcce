// io library file streams: C stdio's buffering and read primitives over a
// LuaHostFile (fgets, fread, getc/ungetc, fscanf("%lf"), fseek, fflush).
//
// A stream keeps one read buffer and one write buffer, never both full:
//
//   reading:  rbuf[rpos..rlen) are the file bytes just before offset `off`
//             (the host position of the next fill); logical position =
//             off - (rlen - rpos)
//   writing:  wbuf[0..wlen) go to offset `off` at the next flush; logical
//             position = off + wlen
//
// Switching direction flushes writes / drops unread input (moving `off`
// back), as glibc does on the fseek that C requires in between. Writes
// follow glibc's _IO_new_file_xsputn with a 4096-byte buffer: fill it, and
// when data is left over flush it, write whole blocks directly and keep the
// tail; line mode flushes through the last newline; after setvbuf("no")
// glibc keeps a 1-byte buffer for good (shortBuf), which later "full" or
// "line" modes reuse. So other handles see exactly the bytes lua5.1 has
// written at any moment. Append
// streams write at the end ("pos -1" to the host) and then re-read the size.
// Errors from the host are sticky in `err` (ferror) until the next
// clearerr; operations report failure with a boolean or -1 and the caller
// reads `err`.
//
// Standard output is not a host file: it writes through the VM's buffered
// stdout (outWrite), so print and io.write interleave correctly; standard
// error flushes that buffer first and then writes unbuffered.
//
// read("*l") follows lua5.1's read_line exactly: fgets in chunks of
// LUAL_BUFFERSIZE-1 bytes, each chunk cut at its first NUL by strlen, so a
// line "a\0b\nc\n" reads as "ac" (the rest of a chunk after a NUL is lost
// and the newline test fails). read("*n") is glibc's scanf %lf: it consumes
// the longest prefix that can still become a number (sign, digits, one
// point, exponent, hex with p-exponent, inf/infinity/nan) with one byte of
// pushback, then converts the longest valid prefix of what it took.
import { outWrite, outFlush, type LuaState } from '../vm/state'
import { sbPutBytes, sbLen } from '../rt/str'
import { str2d, str2dRes } from '../rt/numparse'
import { HostIOError, type LuaHostFile } from './hostio'
import type { Heap } from '../rt/heap'

/** Stream kinds. */
export const FILE_REG = 0 // io.open / io.tmpfile
export const FILE_STDIN = 1
export const FILE_STDOUT = 2
export const FILE_STDERR = 3
export const FILE_PIPE = 4 // io.popen

/** Buffering modes (setvbuf), ORDER as 5.1's option names no/full/line. */
export const VBUF_NO = 0
export const VBUF_FULL = 1
export const VBUF_LINE = 2

const BUF_SIZE = 4096 // glibc's stream buffer: st_blksize of regular files
const FGETS_MAX = 8192 - 1 // fgets(p, LUAL_BUFFERSIZE, f) keeps one for NUL
const EMPTY = new Uint8Array(0)

/** An open (or closed: hf null) stream. */
export interface IoFile {
  hf: LuaHostFile | null
  kind: number
  canRead: boolean
  canWrite: boolean
  append: boolean
  off: number
  rbuf: Uint8Array
  rpos: number
  rlen: number
  wbuf: Uint8Array
  wlen: number
  vbuf: number
  shortBuf: boolean // setvbuf("no") happened: glibc keeps a 1-byte buffer
  err: HostIOError | null
  closeStatus: number // popen exit status once closed
}

/** A stream over [hf] of [kind] starting at offset [off]. */
export function ioFileNew(
  hf: LuaHostFile | null, kind: number, canRead: boolean, canWrite: boolean, append: boolean, off: number,
): IoFile {
  return {
    hf, kind, canRead, canWrite, append, off,
    rbuf: EMPTY, rpos: 0, rlen: 0, wbuf: EMPTY, wlen: 0,
    vbuf: kind === FILE_STDERR ? VBUF_NO : VBUF_FULL, shortBuf: false,
    err: null, closeStatus: 0,
  }
}

/** EBADF, the error of reading a write-only stream and vice versa. */
function ebadf(): HostIOError {
  return new HostIOError('Bad file descriptor', 9)
}

/** Index of byte [c] in [b][from..to), or -1. */
function findByte(b: Uint8Array, from: number, to: number, c: number): number {
  for (let i = from; i < to; i++) if (b[i] === c) return i
  return -1
}

/** Copy [n] bytes of [src] at [so] to [dst] at [d] (short runs by hand). */
function copyBytes(dst: Uint8Array, d: number, src: Uint8Array, so: number, n: number): void {
  if (n <= 32) { for (let i = 0; i < n; i++) dst[d + i] = src[so + i] }
  else dst.set(src.subarray(so, so + n), d)
}

// -- Writing ------------------------------------------------------------------

/** Write [len] bytes of [b] from [off] to the host at the stream's
 *  position; false (err set) on failure. */
function rawWrite(f: IoFile, b: Uint8Array, off: number, len: number): boolean {
  const hf = f.hf
  if (hf === null) return false
  try {
    hf.write(b, off, len, f.append || !hf.seekable ? -1 : f.off)
    f.off = f.append && hf.seekable ? hf.size() : f.off + len
    return true
  } catch (e) {
    if (!(e instanceof HostIOError)) throw e
    f.err = e
    return false
  }
}

/** Write out the write buffer; false (err set) on failure. */
function flushW(f: IoFile): boolean {
  const n = f.wlen
  if (n === 0) return true
  f.wlen = 0
  return rawWrite(f, f.wbuf, 0, n)
}

/** Drop unread input, moving the host offset back to the logical position. */
function dropR(f: IoFile): void {
  if (f.rlen > f.rpos && f.hf !== null && f.hf.seekable) f.off -= f.rlen - f.rpos
  f.rpos = 0
  f.rlen = 0
}

/** fwrite [len] bytes of [b] from [off]; false (err set) on failure. */
export function fileWrite(L: LuaState, f: IoFile, b: Uint8Array, off: number, len: number): boolean {
  if (f.kind === FILE_STDOUT) {
    outWrite(L, b, off, len)
    if (f.vbuf === VBUF_NO || (f.vbuf === VBUF_LINE && findByte(b, off, off + len, 10) >= 0)) outFlush(L)
    return true
  }
  if (f.kind === FILE_STDERR) {
    outFlush(L)
    if (len > 0) L.writeErr(b.slice(off, off + len))
    return true
  }
  if (!f.canWrite || f.hf === null) { f.err = ebadf(); return false }
  dropR(f)
  if (f.vbuf === VBUF_NO) return flushW(f) && rawWrite(f, b, off, len)
  // glibc's _IO_new_file_xsputn: fill the buffer, and if anything is
  // left (or a line must go out), flush, write whole blocks directly and
  // buffer the tail.
  // After "no", glibc's 1-byte buffer only ever holds a byte in line mode
  // (full mode finds no write space left and writes straight through).
  const cap = f.shortBuf ? (f.vbuf === VBUF_LINE ? 1 : 0) : BUF_SIZE
  if (f.wbuf.length < cap) f.wbuf = new Uint8Array(BUF_SIZE)
  let count = cap - f.wlen
  if (count < 0) count = 0
  let mustFlush = false
  if (f.vbuf === VBUF_LINE && count >= len) {
    let nl = off + len - 1
    while (nl >= off && b[nl] !== 10) nl--
    if (nl >= off) { count = nl - off + 1; mustFlush = true }
  }
  if (count > len) count = len
  if (count > 0) {
    copyBytes(f.wbuf, f.wlen, b, off, count)
    f.wlen += count
  }
  const todo = len - count
  if (todo > 0 || mustFlush) {
    if (!flushW(f)) return false
    const direct = todo - (cap >= 128 ? todo % cap : 0)
    if (direct > 0 && !rawWrite(f, b, off + count, direct)) return false
    const rest = todo - direct
    if (rest > 0) {
      copyBytes(f.wbuf, 0, b, off + count + direct, rest)
      f.wlen = rest
    }
  }
  return true
}

/** fflush; false (err set) on failure. */
export function fileFlush(L: LuaState, f: IoFile): boolean {
  if (f.kind === FILE_STDOUT) { outFlush(L); return true }
  return flushW(f)
}

/** setvbuf to [mode] (VBUF_*). */
export function fileSetvbuf(L: LuaState, f: IoFile, mode: number): boolean {
  const ok = fileFlush(L, f)
  f.vbuf = mode
  if (mode === VBUF_NO) f.shortBuf = true
  return ok
}

// -- Reading ------------------------------------------------------------------

/** Refill the read buffer (empty on entry); returns the bytes now buffered
 *  (0 at EOF or on error, err set). */
function fill(f: IoFile): number {
  const hf = f.hf
  if (!f.canRead || hf === null) { f.err = ebadf(); return 0 }
  if (f.wlen > 0 && !flushW(f)) return 0
  if (f.rbuf.length === 0) f.rbuf = new Uint8Array(BUF_SIZE)
  f.rpos = 0
  f.rlen = 0
  try {
    const n = hf.read(f.rbuf, 0, BUF_SIZE, f.off)
    f.off += n
    f.rlen = n
    return n
  } catch (e) {
    if (!(e instanceof HostIOError)) throw e
    f.err = e
    return 0
  }
}

/** getc: the next byte, or -1 at EOF/error. */
function getc(f: IoFile): number {
  if (f.rpos < f.rlen) return f.rbuf[f.rpos++]
  if (fill(f) === 0) return -1
  return f.rbuf[f.rpos++]
}

/** ungetc of the byte getc just returned ([c] -1: nothing). */
function ungetc(f: IoFile, c: number): void {
  if (c >= 0) f.rpos--
}

/** read(0): true unless at end of file (lua5.1 test_eof). */
export function fileTestEof(f: IoFile): boolean {
  if (f.rpos < f.rlen) return true
  return fill(f) > 0
}

/** Append up to [n] bytes (Infinity: all) to the byte builder; true if
 *  [n] bytes were read or anything was (lua5.1 read_chars). */
export function fileReadChars(H: Heap, f: IoFile, n: number): boolean {
  let got = 0
  while (got < n) {
    if (f.rpos >= f.rlen && fill(f) === 0) break
    const k = Math.min(f.rlen - f.rpos, n - got)
    sbPutBytes(H, f.rbuf, f.rpos, k)
    f.rpos += k
    got += k
  }
  return got === n || got > 0
}

/** One fgets chunk appended to the byte builder: up to FGETS_MAX bytes,
 *  through the first newline. Returns the count (0: EOF at once). */
function fgetsChunk(H: Heap, f: IoFile): number {
  let got = 0
  while (got < FGETS_MAX) {
    if (f.rpos >= f.rlen && fill(f) === 0) break
    const lim = Math.min(f.rlen, f.rpos + FGETS_MAX - got)
    const nl = findByte(f.rbuf, f.rpos, lim, 10)
    const end = nl >= 0 ? nl + 1 : lim
    sbPutBytes(H, f.rbuf, f.rpos, end - f.rpos)
    got += end - f.rpos
    f.rpos = end
    if (nl >= 0) break
  }
  return got
}

/** read("*l") into the byte builder (empty on entry): lua5.1's read_line.
 *  True when a line (possibly empty) was read. */
export function fileReadLine(H: Heap, f: IoFile): boolean {
  for (;;) {
    const start = sbLen(H)
    const n = fgetsChunk(H, f)
    if (n === 0) return sbLen(H) > 0
    // strlen: the chunk ends at its first NUL.
    const sb = H.sbBuf
    const z = findByte(sb, start, start + n, 0)
    const l = z >= 0 ? z - start : n
    if (l === 0 || sb[start + l - 1] !== 10) { H.sbN = start + l; continue }
    H.sbN = start + l - 1
    return true
  }
}

/** Is [c] a C isspace byte? */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13)
}

/** Is [c] a decimal digit? */
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/** Is [c] a hex digit? */
function isXDigit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
}

/** Lower-case of ASCII byte [c]. */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c
}

/** Out-values of fileReadNumber: did it convert a number; is a NaN
 *  result negative ("-nan" read)? */
export let numOk = false
export let numNanNeg = false

const scanBuf = new Uint8Array(512)

/** Match the rest of [word] (lower case) case-insensitively; false on a
 *  mismatch (the mismatching byte stays consumed, as glibc). */
function scanWord(f: IoFile, word: string, n: number): number {
  for (let i = 0; i < word.length; i++) {
    const c = getc(f)
    if (lower(c) !== word.charCodeAt(i)) return -1
    if (n < scanBuf.length) scanBuf[n++] = c
  }
  return n
}

/** fscanf(f, "%lf"): the number read; numOk false on failure. */
export function fileReadNumber(f: IoFile): number {
  numOk = false
  // glibc's ARGCHECK: a stream without read access fails before any
  // input, without setting the error flag.
  if (!f.canRead) return 0
  let c = getc(f)
  while (c >= 0 && isSpace(c)) c = getc(f)
  if (c < 0) return 0
  let n = 0
  if (c === 43 || c === 45) { // '+' '-'
    scanBuf[n++] = c
    c = getc(f)
    if (c < 0) return 0
  }
  const lc = lower(c)
  if (lc === 110 || lc === 105) { // "nan", "inf[inity]"
    scanBuf[n++] = c
    n = scanWord(f, lc === 110 ? 'an' : 'nf', n)
    if (n < 0) return 0
    if (lc === 105) {
      const c2 = getc(f)
      if (lower(c2) === 105) {
        scanBuf[n++] = c2
        n = scanWord(f, 'nity', n)
        if (n < 0) return 0
      } else ungetc(f, c2)
    }
    return convert(n)
  }
  let hex = false, gotDigit = false, gotDot = false, gotE = false
  let expChar = 101 // 'e'
  if (c === 48) { // '0'
    scanBuf[n++] = c
    c = getc(f)
    if (lower(c) === 120) { // 'x'
      scanBuf[n++] = c
      hex = true
      expChar = 112 // 'p'
      c = getc(f)
    } else gotDigit = true
  }
  for (;;) {
    if (c < 0) break
    if (isDigit(c) || (!gotE && hex && isXDigit(c))) gotDigit = true
    else if (gotE && scanBuf[n - 1] === expChar && (c === 45 || c === 43)) { /* exponent sign */ }
    else if (gotDigit && !gotE && lower(c) === expChar) { c = expChar; gotE = true; gotDot = true }
    else if (!gotDot && c === 46) gotDot = true
    else { ungetc(f, c); break }
    if (n < scanBuf.length) scanBuf[n++] = c
    c = getc(f)
  }
  const sign = scanBuf[0] === 43 || scanBuf[0] === 45 ? 1 : 0
  if (n === sign || (hex && n === 2 + sign)) return 0
  return convert(n)
}

/** strtod of the longest valid prefix of scanBuf[0..n); numOk on success. */
function convert(n: number): number {
  for (let len = n; len > 0; len--) {
    const v = str2d(scanBuf, 0, len)
    if (str2dRes.ok) { numOk = true; numNanNeg = str2dRes.nanNeg; return v }
  }
  return 0
}

// -- Seeking and closing ------------------------------------------------------

/** fseek to [whence] (0 set, 1 cur, 2 end) + [offset]; the new position,
 *  or -1 (err set). */
export function fileSeek(L: LuaState, f: IoFile, whence: number, offset: number): number {
  const hf = f.hf
  if (!fileFlush(L, f)) return -1
  if (hf === null || !hf.seekable || f.kind === FILE_STDOUT || f.kind === FILE_STDERR) {
    f.err = new HostIOError('Illegal seek', 29)
    return -1
  }
  let base = 0
  try {
    if (whence === 1) base = f.off - (f.rlen - f.rpos)
    else if (whence === 2) base = hf.size()
  } catch (e) {
    if (!(e instanceof HostIOError)) throw e
    f.err = e
    return -1
  }
  const pos = base + offset
  if (pos < 0) { f.err = new HostIOError('Invalid argument', 22); return -1 }
  f.rpos = 0
  f.rlen = 0
  f.off = pos
  return pos
}

/** fclose / pclose: flush and release; false (err set) on failure. */
export function fileClose(L: LuaState, f: IoFile): boolean {
  let ok = fileFlush(L, f)
  const hf = f.hf
  f.hf = null
  f.rbuf = EMPTY
  f.wbuf = EMPTY
  f.rpos = f.rlen = f.wlen = 0
  if (hf === null) return ok
  try {
    f.closeStatus = hf.close()
  } catch (e) {
    if (!(e instanceof HostIOError)) throw e
    f.err = e
    ok = false
  }
  return ok
}
