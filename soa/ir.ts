// IR layout: LuaJIT's SSA IR as quads of u16, op and type tables, constants.
//
// One trace's IR is a linear SSA array held in a Uint16Array, four u16
// words per instruction, indexed by a biased reference (IRRef):
//
//   word   15           8 7  6  5  4      0
//   4r+0  +--------------+--+--+--+--------+
//         |      op      |G |P |M |  irt   |   G = IRT_GUARD, P = IRT_ISPHI,
//         +--------------+--+--+--+--------+   M = IRT_MARK, irt = IRT below
//   4r+1  |            op1 (ref or lit)    |
//   4r+2  |            op2 (ref or lit)    |
//   4r+3  |    prev: next older ins, same op (chain)     |
//         +--------------------------------+
//
// Refs are biased around REF_BIAS: constants grow down from it (nk),
// instructions grow up (nins). REF_NIL/FALSE/TRUE are fixed constants just
// below the bias, REF_BASE is the BASE instruction at the bias, the first
// recorded instruction is REF_FIRST. Literal operands (slot numbers, field
// ids, conversion modes) are small numbers, so they are below the bias too:
// "is this operand an instruction" is `op >= REF_BIAS` everywhere, without
// the operand-mode table (CSE, DCE, LOOP rely on it, as in LuaJIT).
//
// Constants keep their payload in side typed arrays indexed by
// REF_BIAS - ref:
//   KNUM   kv[k] (Float64Array), interned by both u32 words (so -0 != +0)
//   KINT   int32 in op1 | op2 << 16
//   KGC    u32 object id in kvU[2k], the object type in irt
//   KPRI   nothing: irt is NIL, FALSE or TRUE
//   KSLOT  op1 = ref of the key constant, op2 = slot/field index (lit)
//
// A TRef (recorder slot map entry) is a JS number:
//   31      24 23     16 15              0
//   +---------+---------+----------------+
//   |   irt   |  flags  |      ref       |
//   +---------+---------+----------------+
// so a type test needs no IR lookup (`tref >>> 24`).

// -- IR types (ORDER IRT, = ~tag & 31 for the value tags) ---------------------
export enum IRT {
  NIL, FALSE, TRUE, LIGHTUD, STR, P32, THREAD, PROTO, FUNC, P64, CDATA, TAB, UDATA,
  FLOAT, NUM, I8, U8, I16, U16, INT, U32, I64, U64, SOFTFP,
  _MAX,
}
/** Three-letter type names as -jdump prints them, indexed by IRT. */
export const IRT_NAMES: readonly string[] = [
  'nil', 'fal', 'tru', 'lud', 'str', 'p32', 'thr', 'pro', 'fun', 'p64', 'cdt', 'tab', 'udt',
  'flt', 'num', 'i8 ', 'u8 ', 'i16', 'u16', 'int', 'u32', 'i64', 'u64', 'sfp',
]
export const IRT_TYPE = 0x1f
export const IRT_MARK = 0x20
export const IRT_ISPHI = 0x40
export const IRT_GUARD = 0x80

/** IR type of a value tag (hi word >= TAG_NUMX); numbers are IRT.NUM. */
export function irtOfTag(hi: number): number {
  return hi < 0xfffffff2 ? IRT.NUM : (~hi & 31)
}
/** Value tag (hi word) of a non-number IR type. */
export function irtToTag(t: number): number {
  return (~(t & IRT_TYPE)) >>> 0
}
/** Is [t] nil, false or true? */
export function irtIsPri(t: number): boolean {
  return (t & IRT_TYPE) <= IRT.TRUE
}
/** Is [t] a number type held as a JS number (num or int)? */
export function irtIsNumber(t: number): boolean {
  const b = t & IRT_TYPE
  return b === IRT.NUM || b === IRT.INT
}
/** Is [t] a collectable object type (str .. udata, not p32/p64)? */
export function irtIsGC(t: number): boolean {
  const b = t & IRT_TYPE
  return b >= IRT.STR && b <= IRT.UDATA && b !== IRT.P32 && b !== IRT.P64
}

// -- Operand modes and op kinds (LuaJIT's IRM*) -------------------------------
/** Operand mode: a ref, a literal, a constant payload, or unused. */
export enum IRMO { ref, lit, cst, none }
/** Op kind in the low 3 bits: Normal (CSE-able), Ref, Alloc, Load, Store. */
export const IRM_N = 0
export const IRM_R = 1
export const IRM_A = 2
export const IRM_L = 3
export const IRM_S = 4
export const IRM_KIND = 7
export const IRM_C = 0x08 // commutative
export const IRM_W = 0x10 // non-weak guard

// -- Opcodes (ORDER IR) -------------------------------------------------------
// ORDER: LT^1 = GE (negation), LT^4 = ULT (ordered <-> unordered/unsigned),
// loads and stores in the same order at a fixed distance (IRDELTA_L2S).
export enum IR {
  LT, GE, LE, GT, ULT, UGE, ULE, UGT, EQ, NE, ABC, RETF,
  NOP, BASE, PVAL, GCSTEP, HIOP, LOOP, USE, PHI, RENAME, PROF,
  KPRI, KINT, KGC, KPTR, KKPTR, KNULL, KNUM, KINT64, KSLOT,
  BNOT, BSWAP, BAND, BOR, BXOR, BSHL, BSHR, BSAR, BROL, BROR,
  ADD, SUB, MUL, DIV, MOD, POW, NEG, ABS, LDEXP, MIN, MAX, FPMATH,
  ADDOV, SUBOV, MULOV,
  AREF, HREFK, HREF, NEWREF, UREFO, UREFC, FREF, TMPREF, STRREF, LREF,
  ALOAD, HLOAD, ULOAD, FLOAD, XLOAD, SLOAD, VLOAD, ALEN,
  ASTORE, HSTORE, USTORE, FSTORE, XSTORE,
  SNEW, XSNEW, TNEW, TDUP, CNEW, CNEWI,
  BUFHDR, BUFPUT, BUFSTR,
  TBAR, OBAR, XBAR,
  CONV, TOBIT, TOSTR, STRTO,
  CALLN, CALLA, CALLL, CALLS, CALLXS, CARG,
  _MAX,
}
export const IRDELTA_L2S = IR.ASTORE - IR.ALOAD

type Row = readonly [IR, number, IRMO, IRMO]
const { ref, lit, cst, none } = IRMO
const N = IRM_N, R = IRM_R, A = IRM_A, L = IRM_L, S = IRM_S, C = IRM_C, W = IRM_W
/** One row per op: kind|flags and the two operand modes (LuaJIT's IRDEF). */
const IR_ROWS: readonly Row[] = [
  [IR.LT, N, ref, ref], [IR.GE, N, ref, ref], [IR.LE, N, ref, ref], [IR.GT, N, ref, ref],
  [IR.ULT, N, ref, ref], [IR.UGE, N, ref, ref], [IR.ULE, N, ref, ref], [IR.UGT, N, ref, ref],
  [IR.EQ, N | C, ref, ref], [IR.NE, N | C, ref, ref], [IR.ABC, N, ref, ref], [IR.RETF, S, ref, ref],
  [IR.NOP, N, none, none], [IR.BASE, N, lit, lit], [IR.PVAL, N, lit, none], [IR.GCSTEP, S, none, none],
  [IR.HIOP, S, ref, ref], [IR.LOOP, S, none, none], [IR.USE, S, ref, none], [IR.PHI, S, ref, ref],
  [IR.RENAME, S, ref, lit], [IR.PROF, S, none, none],
  [IR.KPRI, N, none, none], [IR.KINT, N, cst, none], [IR.KGC, N, cst, none], [IR.KPTR, N, cst, none],
  [IR.KKPTR, N, cst, none], [IR.KNULL, N, cst, none], [IR.KNUM, N, cst, none], [IR.KINT64, N, cst, none],
  [IR.KSLOT, N, ref, lit],
  [IR.BNOT, N, ref, none], [IR.BSWAP, N, ref, none], [IR.BAND, N | C, ref, ref], [IR.BOR, N | C, ref, ref],
  [IR.BXOR, N | C, ref, ref], [IR.BSHL, N, ref, ref], [IR.BSHR, N, ref, ref], [IR.BSAR, N, ref, ref],
  [IR.BROL, N, ref, ref], [IR.BROR, N, ref, ref],
  [IR.ADD, N | C, ref, ref], [IR.SUB, N, ref, ref], [IR.MUL, N | C, ref, ref], [IR.DIV, N, ref, ref],
  [IR.MOD, N, ref, ref], [IR.POW, N, ref, ref], [IR.NEG, N, ref, ref], [IR.ABS, N, ref, ref],
  [IR.LDEXP, N, ref, ref], [IR.MIN, N, ref, ref], [IR.MAX, N, ref, ref], [IR.FPMATH, N, ref, lit],
  [IR.ADDOV, N | C | W, ref, ref], [IR.SUBOV, N | W, ref, ref], [IR.MULOV, N | C | W, ref, ref],
  [IR.AREF, R, ref, ref], [IR.HREFK, R, ref, ref], [IR.HREF, L, ref, ref], [IR.NEWREF, S, ref, ref],
  [IR.UREFO, L | W, ref, lit], [IR.UREFC, L | W, ref, lit], [IR.FREF, R, ref, lit], [IR.TMPREF, S, ref, lit],
  [IR.STRREF, N, ref, ref], [IR.LREF, L, none, none],
  [IR.ALOAD, L, ref, none], [IR.HLOAD, L, ref, none], [IR.ULOAD, L, ref, none], [IR.FLOAD, L, ref, lit],
  [IR.XLOAD, L, ref, lit], [IR.SLOAD, L, lit, lit], [IR.VLOAD, L, ref, lit], [IR.ALEN, L, ref, ref],
  [IR.ASTORE, S, ref, ref], [IR.HSTORE, S, ref, ref], [IR.USTORE, S, ref, ref], [IR.FSTORE, S, ref, ref],
  [IR.XSTORE, S, ref, ref],
  [IR.SNEW, N, ref, ref], [IR.XSNEW, A, ref, ref], [IR.TNEW, A | W, lit, lit], [IR.TDUP, A | W, ref, none],
  [IR.CNEW, A | W, ref, ref], [IR.CNEWI, N | W, ref, ref],
  [IR.BUFHDR, L, ref, lit], [IR.BUFPUT, L | W, ref, ref], [IR.BUFSTR, A | W, ref, ref],
  [IR.TBAR, S, ref, none], [IR.OBAR, S, ref, ref], [IR.XBAR, S, none, none],
  [IR.CONV, N, ref, lit], [IR.TOBIT, N, ref, ref], [IR.TOSTR, N, ref, lit], [IR.STRTO, N, ref, none],
  [IR.CALLN, N | W, ref, lit], [IR.CALLA, A | W, ref, lit], [IR.CALLL, L | W, ref, lit],
  [IR.CALLS, S, ref, lit], [IR.CALLXS, S, ref, ref], [IR.CARG, N, ref, ref],
]

/** Packed mode per op: kind|C|W in bits 0-4, op1 mode bits 5-6, op2 mode bits 7-8. */
export const IR_MODE = new Uint16Array(IR._MAX)
/** Op names, as -jdump prints them. */
export const IR_NAMES: readonly string[] = buildTables()

/** Fill IR_MODE from IR_ROWS and return the name list (checks the rows are in ORDER IR). */
function buildTables(): string[] {
  const names: string[] = []
  for (let i = 0; i < IR_ROWS.length; i++) {
    const r = IR_ROWS[i]
    if (r[0] !== i) throw new Error('IR_ROWS out of ORDER IR at ' + i)
    IR_MODE[i] = r[1] | (r[2] << 5) | (r[3] << 7)
    names.push(IR[i])
  }
  if (names.length !== IR._MAX) throw new Error('IR_ROWS incomplete')
  return names
}

/** Kind of op [o] (IRM_N .. IRM_S). */
export function irmKind(o: number): number { return IR_MODE[o] & IRM_KIND }
/** Operand-1 mode of op [o]. */
export function irmOp1(o: number): IRMO { return (IR_MODE[o] >> 5) & 3 }
/** Operand-2 mode of op [o]. */
export function irmOp2(o: number): IRMO { return (IR_MODE[o] >> 7) & 3 }
/** Is op [o] commutative? */
export function irmIsComm(o: number): boolean { return (IR_MODE[o] & IRM_C) !== 0 }
/** Does op [o] have a side effect (store, or a non-weak guard)? */
export function irmSideEff(o: number): boolean {
  const m = IR_MODE[o]
  return (m & IRM_KIND) === IRM_S || (m & IRM_W) !== 0
}

// -- Fixed refs ----------------------------------------------------------------
export const REF_BIAS = 0x8000
export const REF_TRUE = REF_BIAS - 3
export const REF_FALSE = REF_BIAS - 2
export const REF_NIL = REF_BIAS - 1
export const REF_BASE = REF_BIAS
export const REF_FIRST = REF_BIAS + 1
export const REF_DROP = 0xffff

/** Word index of instruction [ref]'s first word. */
export function irW(ref: number): number { return ref << 2 }

// -- TRef (recorder slot map entries) ------------------------------------------
export const TREF_FRAME = 0x10000
export const TREF_CONT = 0x20000
/** A TRef of [ref] with type [t]. */
export function tref(ref: number, t: number): number { return (ref | ((t & IRT_TYPE) << 24)) >>> 0 }
/** The IR ref of TRef [tr]. */
export function trefRef(tr: number): number { return tr & 0xffff }
/** The IR type of TRef [tr]. */
export function trefType(tr: number): number { return (tr >>> 24) & IRT_TYPE }
/** Is TRef [tr] a constant? */
export function trefIsK(tr: number): boolean { return (tr & 0xffff) < REF_BIAS }
export const TREF_NIL = tref(REF_NIL, IRT.NIL)
export const TREF_FALSE = tref(REF_FALSE, IRT.FALSE)
export const TREF_TRUE = tref(REF_TRUE, IRT.TRUE)

// -- SLOAD modes (op2), -jdump letters "PFTCRIK" ----------------------------------
export const IRSLOAD_PARENT = 0x01 // P: coalesced from the parent trace
export const IRSLOAD_FRAME = 0x02 // F: the frame slot
export const IRSLOAD_TYPECHECK = 0x04 // T: guard the slot's type
export const IRSLOAD_CONVERT = 0x08 // C: number converted to int (checked here)
export const IRSLOAD_READONLY = 0x10 // R: the trace never writes the slot
export const IRSLOAD_INHERIT = 0x20 // I: inherited for-loop index
export const IRSLOAD_KEYINDEX = 0x40 // K
export const IRSLOAD_LETTERS = 'PFTCRIK'

// -- CONV modes (op2): dst irt << 5 | src irt, plus check ----------------------
export const IRCONV_SRCMASK = 0x1f
export const IRCONV_DSH = 5
export const IRCONV_CHECK = 0x800 // guard: the number must be integral
/** CONV op2 for a conversion from [src] to [dst]. */
export function irconv(dst: number, src: number, check: boolean): number {
  return ((dst & IRT_TYPE) << IRCONV_DSH) | (src & IRT_TYPE) | (check ? IRCONV_CHECK : 0)
}

// -- FLOAD fields (op2), LuaJIT's IRFLDEF adapted to the heap columns -----------
// FLOAD_TAB_ARRAY yields tabArr[t] - 1 so that AREF arr, i = arr + i for the
// Lua index i (t[1] is the first array slot). FLOAD_TYPE_META takes a KINT
// type index (H.typeMeta: the metatable shared by all strings, ...).
export enum IRFL {
  STR_LEN, FUNC_ENV, FUNC_UV, TAB_META, TAB_ARRAY, TAB_ASIZE, TAB_SHAPE, TAB_FIELDS,
  TAB_NODE, TAB_HMASK, TAB_NOMM, FUNC_PROTO, FUNC_HOST, TYPE_META,
  _MAX,
}
export const IRFL_NAMES: readonly string[] = [
  'str.len', 'func.env', 'func.uv', 'tab.meta', 'tab.array', 'tab.asize', 'tab.shape', 'tab.fields',
  'tab.node', 'tab.hmask', 'tab.nomm', 'func.proto', 'func.host', 'type.meta',
]

// -- FPMATH (op2) -------------------------------------------------------------
export enum IRFPM { FLOOR, CEIL, TRUNC, SQRT, LOG, LOG2, EXP, SIN, COS, TAN, _MAX }
export const IRFPM_NAMES: readonly string[] = ['floor', 'ceil', 'trunc', 'sqrt', 'log', 'log2', 'exp', 'sin', 'cos', 'tan']

// -- Calls (CALLN op2): helpers the backends provide --------------------------------
export enum IRCALL { pow, fmod, _MAX }
export const IRCALL_NAMES: readonly string[] = ['lj_vm_pow', 'lj_vm_modi']

// -- Limits (LuaJIT's defaults) ---------------------------------------------------
export const IR_MAXINS = 4000 // maxrecord
export const IR_MAXK = 500 // maxirconst
export const IR_MAXSNAP = 500
export const IR_MAXSLOT = 250
