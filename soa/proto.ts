// Compiled prototypes: the front end's output, before the loader moves it
// into the heap's proto store (bytecode into the global array, constants into
// the value arena, strings interned). Transient JS objects: they exist only
// between parse and load, so they are not Lua objects.

/** PROTO_* flags, LuaJIT's values (lj_obj.h). */
export const PROTO_CHILD = 0x01 // has child prototypes
export const PROTO_VARARG = 0x02 // vararg function
export const PROTO_FFI = 0x04 // unused
export const PROTO_NOJIT = 0x08 // JIT disabled for this proto
export const PROTO_ILOOP = 0x10 // patched bytecode with ILOOP etc.
export const PROTO_HAS_RETURN = 0x20 // already emitted a return
export const PROTO_FIXUP_RETURN = 0x40 // need to fixup emitted returns
export const PROTO_NEEDSARG = 0x80 // 5.1 LUA_COMPAT_VARARG: vararg function without `...`, gets the implicit `arg` table

/** Upvalue descriptor bits (uvdesc entries). */
export const PROTO_UV_LOCAL = 0x8000 // upvalue is a local slot of the parent
export const PROTO_UV_IMMUTABLE = 0x4000 // upvalue is never assigned

/** A constant inside a template table (TDUP). */
export type KConst = number | boolean | Uint8Array

/** A GC constant: string bytes, child prototype, or template table. A
 *  template's arr[i] is the value of key i (null: none); hash is flat,
 *  key then value: [k0, v0, k1, v1, ...]. */
export type KgcOut =
  | { readonly k: 'str'; readonly s: Uint8Array }
  | { readonly k: 'proto'; readonly p: ProtoOut }
  | { readonly k: 'tab'; readonly arr: readonly (KConst | null)[]; readonly hash: readonly KConst[] }

/** Debug info of a function's locals in declaration order, as parallel
 *  arrays (LuaJIT-style pc ranges), one pair of pcs per name:
 *
 *    names: | name0   | name1   | ...
 *    pcs:   | s0 | e0 | s1 | e1 | ...   s = first pc where the local is
 *                                       live, e = first pc where it is dead
 */
export interface VarInfoOut {
  readonly names: readonly string[]
  readonly pcs: Int32Array // 2 per local: startpc, endpc
}

/** One compiled function. */
export interface ProtoOut {
  readonly bc: Uint32Array // instruction words; bc[0] is FUNCF/FUNCV
  readonly lineinfo: Int32Array // source line per instruction
  readonly knum: Float64Array // number constants (KNUM, *VN, ISEQN ...)
  readonly kgc: readonly KgcOut[] // GC constants, indexed directly by D/C
  readonly uvdesc: Uint16Array // per upvalue: PROTO_UV_LOCAL|slot or parent uv
  readonly numparams: number
  readonly framesize: number
  readonly flags: number // PROTO_*
  readonly chunkname: string // raw source name: "@file", "=stdin", or source
  readonly firstline: number // 0 for the main chunk
  readonly numline: number // lastline - firstline
  readonly varinfo: VarInfoOut // locals in declaration order
  readonly uvnames: readonly string[]
}
