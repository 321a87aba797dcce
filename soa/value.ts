// Values: NaN-boxed 64-bit slots, the layout every store and stack shares.
//
// Every Lua value is one 8-byte slot in a buffer viewed twice: as a
// Float64Array (F) for numbers and as a Uint32Array (U) for everything else.
// A slot s is F[s], or the pair of words U[2s] (lo) and U[2s+1] (hi):
//
//   63            32 31             0
//   +---------------+---------------+
//   |      hi       |      lo       |   hi < TAG_NUMX: the slot is a double
//   +---------------+---------------+   hi >= TAG_NUMX: hi is a tag below,
//                                        lo is an object id (or 0xFFFFFFFF)
//
// Tags are LuaJIT's non-GC64 itypes (~0 .. ~12), so that the IR type of a
// value is the bitwise NOT of its tag, and:
//   - number test  is  hi < TAG_NUMX (unsigned compare, typed arrays are u32),
//   - truthy test  is  hi < TAG_FALSE (nil and false are the top two tags),
//   - GC object    is  TAG_UDATA <= hi <= TAG_STR.
// Every NaN that arithmetic produces (0x7FF8..., 0xFFF8...) has hi below
// 0xFFF80001, far below every tag, so numbers never alias a tag.
//
// Rule: a value of unknown type is copied as two u32 words, never through a
// JS double (an engine may canonicalise NaN payloads). F is for numbers only.
//
// nil is all ones (hi = lo = 0xFFFFFFFF), as in LuaJIT GC64; false and true
// also carry lo = 0xFFFFFFFF.

// ORDER TAG: must match IRT (irt = ~tag & 31) and the truthy/number tests.
export const TAG_NIL = 0xffffffff
export const TAG_FALSE = 0xfffffffe
export const TAG_TRUE = 0xfffffffd
export const TAG_LIGHTUD = 0xfffffffc
export const TAG_STR = 0xfffffffb
export const TAG_UPVAL = 0xfffffffa
export const TAG_THREAD = 0xfffffff9
export const TAG_PROTO = 0xfffffff8
export const TAG_FUNC = 0xfffffff7
export const TAG_TRACE = 0xfffffff6
export const TAG_CDATA = 0xfffffff5
export const TAG_TAB = 0xfffffff4
export const TAG_UDATA = 0xfffffff3
/** Lowest tag: any hi word below it is a number. */
export const TAG_NUMX = 0xfffffff2

/** Payload word of nil and the booleans. */
export const PAYLOAD_NONE = 0xffffffff

/** Lua type names indexed by ~tag (0 nil .. 12 userdata), 13 = number. */
export const TYPE_NAMES: readonly string[] = [
  'nil', 'boolean', 'boolean', 'userdata', 'string', 'upval', 'thread',
  'proto', 'function', 'trace', 'cdata', 'table', 'userdata', 'number',
]

/** Index into TYPE_NAMES for a hi word. */
export function tagTypeIndex(hi: number): number {
  return hi < TAG_NUMX ? 13 : (~hi & 15)
}

/** Lua type name of a hi word, as type() returns it. */
export function tagTypeName(hi: number): string {
  return TYPE_NAMES[tagTypeIndex(hi)]
}

/** Is this hi word a number? */
export function tagIsNum(hi: number): boolean {
  return hi < TAG_NUMX
}

/** Is this hi word truthy (neither nil nor false)? */
export function tagIsTruthy(hi: number): boolean {
  return hi < TAG_FALSE
}

/** Is this hi word a collectable object (string .. userdata)? */
export function tagIsGC(hi: number): boolean {
  return hi >= TAG_UDATA && hi <= TAG_STR
}

// -- Slot helpers ---------------------------------------------------------
// s, d are slot indices; U is the u32 view of the same buffer as F.

/** Copy slot [s] to slot [d] as two words. */
export function slotCopy(U: Uint32Array, d: number, s: number): void {
  U[2 * d] = U[2 * s]
  U[2 * d + 1] = U[2 * s + 1]
}

/** Copy slot [s] of [SU] to slot [d] of [DU] as two words. */
export function slotCopyX(DU: Uint32Array, d: number, SU: Uint32Array, s: number): void {
  DU[2 * d] = SU[2 * s]
  DU[2 * d + 1] = SU[2 * s + 1]
}

/** Write nil into slot [d]. */
export function slotSetNil(U: Uint32Array, d: number): void {
  U[2 * d] = PAYLOAD_NONE
  U[2 * d + 1] = TAG_NIL
}

/** Write a boolean into slot [d]. */
export function slotSetBool(U: Uint32Array, d: number, b: boolean): void {
  U[2 * d] = PAYLOAD_NONE
  U[2 * d + 1] = b ? TAG_TRUE : TAG_FALSE
}

/** Write object [id] with [tag] into slot [d]. */
export function slotSetObj(U: Uint32Array, d: number, tag: number, id: number): void {
  U[2 * d] = id
  U[2 * d + 1] = tag
}

/** Tag (hi word) of slot [s]. */
export function slotTag(U: Uint32Array, s: number): number {
  return U[2 * s + 1]
}

/** Payload (lo word, object id) of slot [s]. */
export function slotId(U: Uint32Array, s: number): number {
  return U[2 * s]
}

/** Canonical quiet NaN written where bit patterns are manufactured. */
export const CANON_NAN_HI = 0x7ff80000

/** Write number [n] into slot [d], canonicalising NaN. */
export function slotSetNumCanon(F: Float64Array, U: Uint32Array, d: number, n: number): void {
  if (n !== n) { U[2 * d] = 0; U[2 * d + 1] = CANON_NAN_HI } else F[d] = n
}

/** Check at load that typed arrays are little-endian (lo word first). */
export function assertLittleEndian(): void {
  const u = new Uint32Array(new Float64Array([1]).buffer)
  if (u[1] !== 0x3ff00000) throw new Error('tracelua needs a little-endian host')
}
