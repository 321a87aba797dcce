// string.dump and its inverse: a binary chunk format for heap prototypes.
//
// string.dump(f) serialises the prototype of Lua function f (and its
// children) from the heap's proto store; undumpChunk turns such bytes back
// into a ProtoOut that protoLoad (src/rt/proto.ts) accepts, so a loader
// only has to recognise the leading ESC byte (as lua5.1's does) and call
// undumpChunk instead of the parser. Upvalues are not saved: the loaded
// function gets fresh upvalues, as in 5.1. Host functions raise "unable to
// dump given function" (5.1's message for C functions).
//
// The format is ours (not 5.1's nor LuaJIT's: our bytecode is LuaJIT 2.1
// bytecode but the constant layout differs). All integers are ULEB128
// unless marked; u32/f64 are little-endian.
//
//   chunk:  +----+----+----+----+-----------------+-------+
//           | 1B | 'T'| 'L'| 01 | uleb len, bytes | proto |
//           +----+----+----+----+-----------------+-------+
//            ESC  signature  ver    chunkname
//
//   proto:  flags numparams framesize firstline numline
//           sizebc, u32 bc[sizebc], uleb line[sizebc]
//           nuv, uleb uvdesc[nuv]
//           nkn, f64 knum[nkn]
//           nkgc, kgc[nkgc]      kgc: 0 str (len, bytes)
//                                      1 proto (nested proto)
//                                      2 tab (narr, kconst[narr],
//                                             nhash, (kconst, kconst)[nhash])
//           nvar, (name, startpc, endpc)[nvar]      names: len, UTF-8 bytes
//           nuvname, name[nuvname]
//
//   kconst: 0 nil (array hole) | 1 false | 2 true | 3 f64 | 4 str (len, bytes)
//
// JIT-patched bytecode (PROTO_ILOOP etc.) must be unpatched before dumping
// once the JIT patches instructions; today bytecode is never patched.
import { TAG_FUNC, TAG_STR, TAG_PROTO, TAG_TAB, TAG_TRUE, TAG_FALSE, TAG_NIL, TAG_NUMX } from '../../soa/value'
import type { ProtoOut, KgcOut, KConst, VarInfoOut } from '../../soa/proto'
import { sbReset, sbPutByte, sbPutBytes, sbToStr } from '../rt/str'
import { tabNext } from '../rt/tab'
import type { Heap } from '../rt/heap'
import { argTag, typeError, pushObj } from '../vm/aux'
import { luaError } from '../vm/debug'
import type { LuaState } from '../vm/state'

/** First bytes of a dumped chunk. */
export const DUMP_SIGNATURE = new Uint8Array([0x1b, 0x54, 0x4c, 0x01])

const KG_STR = 0, KG_PROTO = 1, KG_TAB = 2
const KC_NIL = 0, KC_FALSE = 1, KC_TRUE = 2, KC_NUM = 3, KC_STR = 4

const f64 = new Float64Array(1)
const f64b = new Uint8Array(f64.buffer)
const enc = new TextEncoder()
const dec = new TextDecoder()

// -- Writer (into the heap's byte builder) -----------------------------------------

/** Append [v] (>= 0) as ULEB128. */
function putUleb(H: Heap, v: number): void {
  while (v >= 0x80) { sbPutByte(H, (v & 0x7f) | 0x80); v = Math.floor(v / 128) }
  sbPutByte(H, v)
}

/** Append a signed integer (zig-zag ULEB128). */
function putSleb(H: Heap, v: number): void {
  putUleb(H, v < 0 ? -2 * v - 1 : 2 * v)
}

/** Append a double as 8 little-endian bytes. */
function putF64(H: Heap, v: number): void {
  f64[0] = v
  sbPutBytes(H, f64b, 0, 8)
}

/** Append a JS string as length + UTF-8 bytes. */
function putName(H: Heap, s: string): void {
  const b = enc.encode(s)
  putUleb(H, b.length)
  sbPutBytes(H, b, 0, b.length)
}

/** Append string [id] as length + bytes. */
function putStrId(H: Heap, id: number): void {
  putUleb(H, H.strLen[id])
  sbPutBytes(H, H.strData, H.strOff[id], H.strLen[id])
}

/** Append the value in arena slot [s] as a kconst. */
function putKConst(H: Heap, s: number): void {
  const hi = H.vU[2 * s + 1]
  if (hi < TAG_NUMX) { sbPutByte(H, KC_NUM); putF64(H, H.vF[s]) }
  else if (hi === TAG_STR) { sbPutByte(H, KC_STR); putStrId(H, H.vU[2 * s]) }
  else if (hi === TAG_TRUE) sbPutByte(H, KC_TRUE)
  else if (hi === TAG_FALSE) sbPutByte(H, KC_FALSE)
  else sbPutByte(H, KC_NIL)
}

/** Append template table [t]: keys 0..asize in the array list, the rest
 *  as pairs in traversal order. [sc] is 3 scratch arena slots. */
function putTemplate(H: Heap, t: number, sc: number): void {
  const asize = H.tabAsize[t]
  const narr = asize > 0 ? asize + 1 : 0
  // Pass 1: array part (keys 1..asize; key 0 lives in the hash).
  putUleb(H, narr)
  const arr = H.tabArr[t]
  if (narr > 0) {
    sbPutByte(H, KC_NIL) // key 0 is emitted as a pair when present
    for (let i = 0; i < asize; i++) putKConst(H, arr + i)
  }
  // Pass 2: every other key, counted first.
  let n = 0
  const U = H.vU
  U[2 * sc] = 0xffffffff; U[2 * sc + 1] = TAG_NIL
  while (tabNext(H, t, sc, sc + 1) === 1) {
    if (!isArrKey(H, sc + 1, asize)) n++
    U[2 * sc] = U[2 * (sc + 1)]; U[2 * sc + 1] = U[2 * (sc + 1) + 1]
  }
  putUleb(H, n)
  U[2 * sc] = 0xffffffff; U[2 * sc + 1] = TAG_NIL
  while (tabNext(H, t, sc, sc + 1) === 1) {
    if (!isArrKey(H, sc + 1, asize)) { putKConst(H, sc + 1); putKConst(H, sc + 2) }
    U[2 * sc] = U[2 * (sc + 1)]; U[2 * sc + 1] = U[2 * (sc + 1) + 1]
  }
}

/** Is the key in slot [s] an integer in 1..[asize]? */
function isArrKey(H: Heap, s: number, asize: number): boolean {
  if (H.vU[2 * s + 1] >= TAG_NUMX) return false
  const k = H.vF[s]
  return k >= 1 && k <= asize && Math.floor(k) === k
}

/** Append proto [p] (children recursively). */
function putProto(H: Heap, p: number, sc: number): void {
  putUleb(H, H.ptFlags[p])
  putUleb(H, H.ptNumParams[p])
  putUleb(H, H.ptFrameSize[p])
  putUleb(H, H.ptFirstLine[p])
  putUleb(H, H.ptNumLine[p])
  const off = H.ptBc[p], n = H.ptSizeBc[p]
  putUleb(H, n)
  for (let i = 0; i < n; i++) {
    const w = H.bc[off + i]
    sbPutByte(H, w & 255); sbPutByte(H, (w >>> 8) & 255)
    sbPutByte(H, (w >>> 16) & 255); sbPutByte(H, w >>> 24)
  }
  for (let i = 0; i < n; i++) putSleb(H, H.bcLine[off + i])
  const nuv = H.ptNuv[p], ud = H.ptUvDesc[p]
  putUleb(H, nuv)
  for (let i = 0; i < nuv; i++) putUleb(H, H.uvDesc[ud + i])
  const kn = H.ptKnum[p], nkn = H.ptNkn[p]
  putUleb(H, nkn)
  for (let i = 0; i < nkn; i++) putF64(H, H.vF[kn + i])
  const kg = H.ptKgc[p], nkgc = H.ptNkgc[p]
  putUleb(H, nkgc)
  for (let i = 0; i < nkgc; i++) {
    const s = kg + i
    const hi = H.vU[2 * s + 1], lo = H.vU[2 * s]
    if (hi === TAG_STR) { sbPutByte(H, KG_STR); putStrId(H, lo) }
    else if (hi === TAG_PROTO) { sbPutByte(H, KG_PROTO); putProto(H, lo, sc) }
    else if (hi === TAG_TAB) { sbPutByte(H, KG_TAB); putTemplate(H, lo, sc) }
    else throw new Error('string.dump: unexpected constant tag ' + hi.toString(16))
  }
  const dbg = H.ptDebug[p]
  const vi = dbg.varinfo
  putUleb(H, vi.names.length)
  for (let i = 0; i < vi.names.length; i++) {
    putName(H, vi.names[i])
    putUleb(H, vi.pcs[2 * i])
    putUleb(H, vi.pcs[2 * i + 1])
  }
  putUleb(H, dbg.uvnames.length)
  for (let i = 0; i < dbg.uvnames.length; i++) putName(H, dbg.uvnames[i])
}

/** string.dump(f) */
export function strDump(L: LuaState): number {
  const H = L.H
  if (argTag(L, 0) !== TAG_FUNC) typeError(L, 0, 'function')
  const f = H.vU[2 * L.base]
  const p = H.fnProto[f]
  if (p === 0) luaError(L, 'unable to dump given function')
  sbReset(H)
  sbPutBytes(H, DUMP_SIGNATURE, 0, DUMP_SIGNATURE.length)
  putName(H, H.ptDebug[p].chunkname)
  putProto(H, p, L.scratch)
  pushObj(L, TAG_STR, sbToStr(H))
  return 1
}

// -- Reader ---------------------------------------------------------------------------

/** A malformed binary chunk (message is 5.1-like, without the chunk name). */
export class UndumpError extends Error {}

/** Reader state over one chunk. */
interface Reader { b: Uint8Array; p: number }

/** Next byte, or an error at the end. */
function getByte(r: Reader): number {
  if (r.p >= r.b.length) throw new UndumpError('unexpected end in precompiled chunk')
  return r.b[r.p++]
}

/** Next ULEB128. */
function getUleb(r: Reader): number {
  let v = 0, m = 1, c: number
  do {
    c = getByte(r)
    v += (c & 0x7f) * m
    m *= 128
  } while (c >= 0x80)
  return v
}

/** Next zig-zag signed integer. */
function getSleb(r: Reader): number {
  const u = getUleb(r)
  return u % 2 === 1 ? -(u + 1) / 2 : u / 2
}

/** Next [n] bytes (a copy). */
function getBytes(r: Reader, n: number): Uint8Array {
  if (r.p + n > r.b.length) throw new UndumpError('unexpected end in precompiled chunk')
  const out = r.b.slice(r.p, r.p + n)
  r.p += n
  return out
}

/** Next double. */
function getF64(r: Reader): number {
  for (let i = 0; i < 8; i++) f64b[i] = getByte(r)
  return f64[0]
}

/** Next name (length + UTF-8). */
function getName(r: Reader): string {
  return dec.decode(getBytes(r, getUleb(r)))
}

/** Next kconst (null for an array hole). */
function getKConst(r: Reader): KConst | null {
  const t = getByte(r)
  switch (t) {
    case KC_NIL: return null
    case KC_FALSE: return false
    case KC_TRUE: return true
    case KC_NUM: return getF64(r)
    case KC_STR: return getBytes(r, getUleb(r))
    default: throw new UndumpError('bad constant in precompiled chunk')
  }
}

/** Next proto. */
function getProto(r: Reader, chunkname: string, depth: number): ProtoOut {
  if (depth > 200) throw new UndumpError('precompiled chunk too deep')
  const flags = getUleb(r), numparams = getUleb(r), framesize = getUleb(r)
  const firstline = getUleb(r), numline = getUleb(r)
  const n = getUleb(r)
  if (r.p + 4 * n > r.b.length) throw new UndumpError('unexpected end in precompiled chunk')
  const bc = new Uint32Array(n)
  for (let i = 0; i < n; i++) {
    const q = r.p
    bc[i] = (r.b[q] | (r.b[q + 1] << 8) | (r.b[q + 2] << 16) | (r.b[q + 3] << 24)) >>> 0
    r.p = q + 4
  }
  const lineinfo = new Int32Array(n)
  for (let i = 0; i < n; i++) lineinfo[i] = getSleb(r)
  const nuv = getUleb(r)
  const uvdesc = new Uint16Array(nuv)
  for (let i = 0; i < nuv; i++) uvdesc[i] = getUleb(r)
  const nkn = getUleb(r)
  const knum = new Float64Array(nkn)
  for (let i = 0; i < nkn; i++) knum[i] = getF64(r)
  const nkgc = getUleb(r)
  const kgc: KgcOut[] = []
  for (let i = 0; i < nkgc; i++) {
    const t = getByte(r)
    if (t === KG_STR) kgc.push({ k: 'str', s: getBytes(r, getUleb(r)) })
    else if (t === KG_PROTO) kgc.push({ k: 'proto', p: getProto(r, chunkname, depth + 1) })
    else if (t === KG_TAB) {
      const narr = getUleb(r)
      const arr: (KConst | null)[] = []
      for (let j = 0; j < narr; j++) arr.push(getKConst(r))
      const nh = getUleb(r)
      const hash: KConst[] = []
      for (let j = 0; j < nh; j++) {
        const k = getKConst(r), v = getKConst(r)
        if (k === null || v === null) throw new UndumpError('bad constant in precompiled chunk')
        hash.push(k, v)
      }
      kgc.push({ k: 'tab', arr, hash })
    } else throw new UndumpError('bad constant in precompiled chunk')
  }
  const nvar = getUleb(r)
  if (r.p + nvar > r.b.length) throw new UndumpError('unexpected end in precompiled chunk')
  const names: string[] = []
  const pcs = new Int32Array(2 * nvar)
  for (let i = 0; i < nvar; i++) {
    names.push(getName(r))
    pcs[2 * i] = getUleb(r)
    pcs[2 * i + 1] = getUleb(r)
  }
  const varinfo: VarInfoOut = { names, pcs }
  const nun = getUleb(r)
  const uvnames: string[] = []
  for (let i = 0; i < nun; i++) uvnames.push(getName(r))
  return {
    bc, lineinfo, knum, kgc, uvdesc, numparams, framesize, flags, chunkname, firstline, numline,
    varinfo, uvnames,
  }
}

/** Is [b] a dumped chunk (starts with ESC, like lua5.1's binary test)? */
export function isBinaryChunk(b: Uint8Array): boolean {
  return b.length > 0 && b[0] === 0x1b
}

/** Parse a chunk made by string.dump back into a ProtoOut. Throws UndumpError. */
export function undumpChunk(b: Uint8Array): ProtoOut {
  for (let i = 0; i < DUMP_SIGNATURE.length; i++) {
    if (i >= b.length || b[i] !== DUMP_SIGNATURE[i]) throw new UndumpError('bad header in precompiled chunk')
  }
  const r: Reader = { b, p: DUMP_SIGNATURE.length }
  const chunkname = getName(r)
  const p = getProto(r, chunkname, 0)
  if (r.p !== b.length) throw new UndumpError('bad size in precompiled chunk')
  return p
}
