// Bytecode: the 32-bit instruction word and LuaJIT 2.1's opcode table.
//
// Instructions are LuaJIT's, bit for bit. Fields are 8 or 16 bits wide:
//
//   31      24 23      16 15       8 7        0
//   +---------+---------+----------+---------+
//   |    B    |    C    |    A     |   OP    |   format ABC
//   +---------+---------+----------+---------+
//   |         D         |    A     |   OP    |   format AD
//   +-------------------+----------+---------+
//
// D overlays C (low byte) and B (high byte). A jump stores its offset
// biased by BCBIAS_J in D; the target is relative to the NEXT instruction:
// target = pc + 1 + (D - 0x8000).
//
// GC constant operands (KSTR D, TGETS C, GGET D, FNEW D, TDUP D, ISEQS D,
// USETS D) index ProtoOut.kgc directly, 0-based (LuaJIT stores ~idx).
// Number constant operands (KNUM D, *VN/*NV C, ISEQN D, USETN D, TSETM D)
// index ProtoOut.knum.
//
// The opcode set is classic LuaJIT 2.1 (97 ops, no 3.0 bit-op bytecodes),
// in LuaJIT's order. The order is load-bearing (ORDER BC):
//   - comparisons: op ^ 1 negates (ISLT/ISGE, ISEQV/ISNEV ...),
//     ISLT ^ 3 = ISGT swaps the operands;
//   - IST - ISTC = ISF - ISFC; CALLT - CALL = CALLMT - CALLM;
//   - counting ops X (FORL ITERL LOOP FUNCF FUNCV): X+1 is the
//     interpreter-only I-form, X+2 the trace-entering J-form;
//   - arithmetic VN/NV/VV groups are in ORDER ARITH (add sub mul div mod).
// spec/soa/bc.spec.ts checks these relations.

// -- Instruction word -------------------------------------------------------

/** A 32-bit instruction word (stored in a Uint32Array). */
export type BCIns = number
/** A bytecode position (index into a bc array). */
export type BCPos = number
/** A register (stack slot relative to the frame base). */
export type BCReg = number

export const BCMAX_A = 0xff
export const BCMAX_B = 0xff
export const BCMAX_C = 0xff
export const BCMAX_D = 0xffff
/** Bias of jump offsets stored in D. */
export const BCBIAS_J = 0x8000
/** "No register" marker (255: one past the 250-slot frame limit). */
export const NO_REG = BCMAX_A
/** "No jump" marker for jump lists. */
export const NO_JMP = -1

/** Opcode of [ins]. */
export function bcOp(ins: BCIns): number {
  return ins & 0xff
}

/** A operand of [ins]. */
export function bcA(ins: BCIns): number {
  return (ins >>> 8) & 0xff
}

/** B operand of [ins]. */
export function bcB(ins: BCIns): number {
  return ins >>> 24
}

/** C operand of [ins]. */
export function bcC(ins: BCIns): number {
  return (ins >>> 16) & 0xff
}

/** D operand of [ins]. */
export function bcD(ins: BCIns): number {
  return ins >>> 16
}

/** Signed jump offset of [ins] (relative to the next instruction). */
export function bcJ(ins: BCIns): number {
  return (ins >>> 16) - BCBIAS_J
}

/** Compose an ABC instruction. */
export function bcIns(op: number, a: number, b: number, c: number): BCIns {
  return (op | (a << 8) | (b << 24) | (c << 16)) >>> 0
}

/** Compose an AD instruction. */
export function bcInsAD(op: number, a: number, d: number): BCIns {
  return (op | (a << 8) | (d << 16)) >>> 0
}

/** Compose an AJ instruction (jump offset [j], unbiased). */
export function bcInsAJ(op: number, a: number, j: number): BCIns {
  return (op | (a << 8) | (((j + BCBIAS_J) & 0xffff) << 16)) >>> 0
}

/** [ins] with its opcode replaced by [op]. */
export function bcSetOp(ins: BCIns, op: number): BCIns {
  return ((ins & ~0xff) | op) >>> 0
}

/** [ins] with its A operand replaced by [a]. */
export function bcSetA(ins: BCIns, a: number): BCIns {
  return ((ins & ~0xff00) | (a << 8)) >>> 0
}

/** [ins] with its B operand replaced by [b]. */
export function bcSetB(ins: BCIns, b: number): BCIns {
  return ((ins & 0x00ffffff) | (b << 24)) >>> 0
}

/** [ins] with its C operand replaced by [c]. */
export function bcSetC(ins: BCIns, c: number): BCIns {
  return ((ins & ~0xff0000) | (c << 16)) >>> 0
}

/** [ins] with its D operand replaced by [d]. */
export function bcSetD(ins: BCIns, d: number): BCIns {
  return ((ins & 0xffff) | (d << 16)) >>> 0
}

/** [ins] with its jump offset replaced by [j] (unbiased). */
export function bcSetJ(ins: BCIns, j: number): BCIns {
  return ((ins & 0xffff) | (((j + BCBIAS_J) & 0xffff) << 16)) >>> 0
}

// -- Opcodes ----------------------------------------------------------------

// ORDER BC. Do not reorder: see the header.
export enum BC {
  // Comparison ops. ORDER OPR. Always followed by a JMP.
  ISLT, ISGE, ISLE, ISGT,
  ISEQV, ISNEV, ISEQS, ISNES, ISEQN, ISNEN, ISEQP, ISNEP,
  // Unary test and copy ops.
  ISTC, ISFC, IST, ISF, ISTYPE, ISNUM,
  // Unary ops.
  MOV, NOT, UNM, LEN,
  // Binary ops. ORDER OPR. VV last, POW must be next.
  ADDVN, SUBVN, MULVN, DIVVN, MODVN,
  ADDNV, SUBNV, MULNV, DIVNV, MODNV,
  ADDVV, SUBVV, MULVV, DIVVV, MODVV,
  POW, CAT,
  // Constant ops.
  KSTR, KCDATA, KSHORT, KNUM, KPRI, KNIL,
  // Upvalue and function ops.
  UGET, USETV, USETS, USETN, USETP, UCLO, FNEW,
  // Table ops.
  TNEW, TDUP, GGET, GSET, TGETV, TGETS, TGETB, TGETR,
  TSETV, TSETS, TSETB, TSETM, TSETR,
  // Calls and vararg handling. T = tail call.
  CALLM, CALL, CALLMT, CALLT, ITERC, ITERN, VARG, ISNEXT,
  // Returns.
  RETM, RET, RET0, RET1,
  // Loops and branches. I/J = interp/JIT, I/C/L = init/call/loop.
  FORI, JFORI, FORL, IFORL, JFORL,
  ITERL, IITERL, JITERL, LOOP, ILOOP, JLOOP, JMP,
  // Function headers. I/J = interp/JIT, F/V/C = fixarg/vararg/C func.
  FUNCF, IFUNCF, JFUNCF, FUNCV, IFUNCV, JFUNCV, FUNCC, FUNCCW,
  _MAX,
}

/** Operand modes, LuaJIT's BCMode. ORDER BCMode; mode A must be <= 7. */
export enum BCM {
  none, dst, base, var, rbase, uv,
  lit, lits, pri, num, str, tab, func, jump, cdata,
  _MAX,
}

/** Metamethods, LuaJIT's MMS (5.1 set). ORDER MM; arith in ORDER ARITH. */
export enum MM {
  index, newindex, gc, mode, eq, len,
  lt, le, concat, call,
  add, sub, mul, div, mod, pow, unm,
  metatable, tostring,
  _MAX,
}
/** "No metamethod" (LuaJIT's MM____). */
export const MM_NONE = MM._MAX

/** Metamethod event names with the "__" prefix, indexed by MM. */
export const MM_NAMES: readonly string[] = [
  '__index', '__newindex', '__gc', '__mode', '__eq', '__len',
  '__lt', '__le', '__concat', '__call',
  '__add', '__sub', '__mul', '__div', '__mod', '__pow', '__unm',
  '__metatable', '__tostring',
]

type BCName = Exclude<keyof typeof BC, '_MAX'>
type M = keyof typeof BCM
type MMName = keyof typeof MM | '___'
/** [A mode, B mode, C/D mode, metamethod] for one opcode. */
type BCRow = readonly [M, M, M, MMName]
const ___ = 'none'

// The attribute record: one row per opcode, LuaJIT's BCDEF. A missing or
// extra row is a compile error.
const BCDEF: { readonly [K in BCName]: BCRow } = {
  ISLT: ['var', ___, 'var', 'lt'],
  ISGE: ['var', ___, 'var', 'lt'],
  ISLE: ['var', ___, 'var', 'le'],
  ISGT: ['var', ___, 'var', 'le'],
  ISEQV: ['var', ___, 'var', 'eq'],
  ISNEV: ['var', ___, 'var', 'eq'],
  ISEQS: ['var', ___, 'str', 'eq'],
  ISNES: ['var', ___, 'str', 'eq'],
  ISEQN: ['var', ___, 'num', 'eq'],
  ISNEN: ['var', ___, 'num', 'eq'],
  ISEQP: ['var', ___, 'pri', 'eq'],
  ISNEP: ['var', ___, 'pri', 'eq'],
  ISTC: ['dst', ___, 'var', '___'],
  ISFC: ['dst', ___, 'var', '___'],
  IST: [___, ___, 'var', '___'],
  ISF: [___, ___, 'var', '___'],
  ISTYPE: ['var', ___, 'lit', '___'],
  ISNUM: ['var', ___, 'lit', '___'],
  MOV: ['dst', ___, 'var', '___'],
  NOT: ['dst', ___, 'var', '___'],
  UNM: ['dst', ___, 'var', 'unm'],
  LEN: ['dst', ___, 'var', 'len'],
  ADDVN: ['dst', 'var', 'num', 'add'],
  SUBVN: ['dst', 'var', 'num', 'sub'],
  MULVN: ['dst', 'var', 'num', 'mul'],
  DIVVN: ['dst', 'var', 'num', 'div'],
  MODVN: ['dst', 'var', 'num', 'mod'],
  ADDNV: ['dst', 'var', 'num', 'add'],
  SUBNV: ['dst', 'var', 'num', 'sub'],
  MULNV: ['dst', 'var', 'num', 'mul'],
  DIVNV: ['dst', 'var', 'num', 'div'],
  MODNV: ['dst', 'var', 'num', 'mod'],
  ADDVV: ['dst', 'var', 'var', 'add'],
  SUBVV: ['dst', 'var', 'var', 'sub'],
  MULVV: ['dst', 'var', 'var', 'mul'],
  DIVVV: ['dst', 'var', 'var', 'div'],
  MODVV: ['dst', 'var', 'var', 'mod'],
  POW: ['dst', 'var', 'var', 'pow'],
  CAT: ['dst', 'rbase', 'rbase', 'concat'],
  KSTR: ['dst', ___, 'str', '___'],
  KCDATA: ['dst', ___, 'cdata', '___'],
  KSHORT: ['dst', ___, 'lits', '___'],
  KNUM: ['dst', ___, 'num', '___'],
  KPRI: ['dst', ___, 'pri', '___'],
  KNIL: ['base', ___, 'base', '___'],
  UGET: ['dst', ___, 'uv', '___'],
  USETV: ['uv', ___, 'var', '___'],
  USETS: ['uv', ___, 'str', '___'],
  USETN: ['uv', ___, 'num', '___'],
  USETP: ['uv', ___, 'pri', '___'],
  UCLO: ['rbase', ___, 'jump', '___'],
  FNEW: ['dst', ___, 'func', 'gc'],
  TNEW: ['dst', ___, 'lit', 'gc'],
  TDUP: ['dst', ___, 'tab', 'gc'],
  GGET: ['dst', ___, 'str', 'index'],
  GSET: ['var', ___, 'str', 'newindex'],
  TGETV: ['dst', 'var', 'var', 'index'],
  TGETS: ['dst', 'var', 'str', 'index'],
  TGETB: ['dst', 'var', 'lit', 'index'],
  TGETR: ['dst', 'var', 'var', 'index'],
  TSETV: ['var', 'var', 'var', 'newindex'],
  TSETS: ['var', 'var', 'str', 'newindex'],
  TSETB: ['var', 'var', 'lit', 'newindex'],
  TSETM: ['base', ___, 'num', 'newindex'],
  TSETR: ['var', 'var', 'var', 'newindex'],
  CALLM: ['base', 'lit', 'lit', 'call'],
  CALL: ['base', 'lit', 'lit', 'call'],
  CALLMT: ['base', ___, 'lit', 'call'],
  CALLT: ['base', ___, 'lit', 'call'],
  ITERC: ['base', 'lit', 'lit', 'call'],
  ITERN: ['base', 'lit', 'lit', 'call'],
  VARG: ['base', 'lit', 'lit', '___'],
  ISNEXT: ['base', ___, 'jump', '___'],
  RETM: ['base', ___, 'lit', '___'],
  RET: ['rbase', ___, 'lit', '___'],
  RET0: ['rbase', ___, 'lit', '___'],
  RET1: ['rbase', ___, 'lit', '___'],
  FORI: ['base', ___, 'jump', '___'],
  JFORI: ['base', ___, 'jump', '___'],
  FORL: ['base', ___, 'jump', '___'],
  IFORL: ['base', ___, 'jump', '___'],
  JFORL: ['base', ___, 'lit', '___'],
  ITERL: ['base', ___, 'jump', '___'],
  IITERL: ['base', ___, 'jump', '___'],
  JITERL: ['base', ___, 'lit', '___'],
  LOOP: ['rbase', ___, 'jump', '___'],
  ILOOP: ['rbase', ___, 'jump', '___'],
  JLOOP: ['rbase', ___, 'lit', '___'],
  JMP: ['rbase', ___, 'jump', '___'],
  FUNCF: ['rbase', ___, ___, '___'],
  IFUNCF: ['rbase', ___, ___, '___'],
  JFUNCF: ['rbase', ___, 'lit', '___'],
  FUNCV: ['rbase', ___, ___, '___'],
  IFUNCV: ['rbase', ___, ___, '___'],
  JFUNCV: ['rbase', ___, 'lit', '___'],
  FUNCC: ['rbase', ___, ___, '___'],
  FUNCCW: ['rbase', ___, ___, '___'],
}

// -- Derived tables -----------------------------------------------------------

// Packed mode word, as LuaJIT's lj_bc_mode:
//   15        11 10      7 6      3 2   0
//   +----------+---------+--------+-----+
//   |    mm    |  C / D  |   B    |  A  |
//   +----------+---------+--------+-----+
/** Packed operand modes and metamethod per opcode. */
export const BC_MODE = new Uint16Array(BC._MAX)
/** Opcode names indexed by opcode (from the enum's reverse mapping). */
export const BC_NAMES: readonly string[] = buildNames()

/** Names of all opcodes in order. */
function buildNames(): string[] {
  const out: string[] = []
  for (let op = 0; op < BC._MAX; op++) out.push(BC[op])
  return out
}

for (let op = 0; op < BC._MAX; op++) {
  const row = BCDEF[BC[op] as BCName]
  const mm = row[3] === '___' ? MM_NONE : MM[row[3]]
  BC_MODE[op] = BCM[row[0]] | (BCM[row[1]] << 3) | (BCM[row[2]] << 7) |
    (mm << 11)
}

/** Mode of operand A of [op]. */
export function bcModeA(op: number): BCM {
  return BC_MODE[op] & 7
}

/** Mode of operand B of [op]. */
export function bcModeB(op: number): BCM {
  return (BC_MODE[op] >>> 3) & 15
}

/** Mode of operand C (or D) of [op]. */
export function bcModeC(op: number): BCM {
  return (BC_MODE[op] >>> 7) & 15
}

/** Mode of operand D of [op] (same field as C). */
export function bcModeD(op: number): BCM {
  return (BC_MODE[op] >>> 7) & 15
}

/** Does [op] use the AD format (no B operand)? */
export function bcModeHasD(op: number): boolean {
  return (BC_MODE[op] & (15 << 3)) === (BCM.none << 3)
}

/** Metamethod of [op], or MM_NONE. */
export function bcModeMM(op: number): number {
  return BC_MODE[op] >>> 11
}

/** Is D of [op] a jump offset? */
export function bcIsJump(op: number): boolean {
  return ((BC_MODE[op] >>> 7) & 15) === BCM.jump
}

/** Is [op] a return? */
export function bcIsRet(op: number): boolean {
  return op === BC.RETM || op === BC.RET || op === BC.RET0 || op === BC.RET1
}

/** Is [op] a return or a tail call? */
export function bcIsRetOrTail(op: number): boolean {
  return op === BC.CALLMT || op === BC.CALLT || bcIsRet(op)
}

/** Is [op] a comparison (ISLT .. ISNEP), always followed by a JMP? */
export function bcIsCompare(op: number): boolean {
  return op <= BC.ISNEP
}

/** Stack slots used by FORI/FORL relative to A. */
export const FORL_IDX = 0
export const FORL_STOP = 1
export const FORL_STEP = 2
export const FORL_EXT = 3

/** Primitive constants in KPRI/ISEQP/USETP operands (~itype). */
export const VKNIL = 0
export const VKFALSE = 1
export const VKTRUE = 2
