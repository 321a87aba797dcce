// Function state: bytecode buffer, constants, jump lists, registers,
// variables and scopes of the function being compiled (lj_parse.c's
// lower half), and the finishing step that yields a ProtoOut.
//
// Jump lists. A pending jump's D field links to the next jump of the same
// list (offset relative to the next instruction, NO_JMP = offset -1), so a
// list is threaded through the bytecode itself. A jump that follows a
// test-and-copy (ISTC/ISFC) or a KPRI with A = NO_REG "carries a value": when
// the list is patched, the producing instruction is pointed at the target
// register or turned into a plain test (jmp_patchtestreg). fs.jpc collects
// jumps to "the next instruction"; they are patched when it is emitted.
//
// Registers. Locals occupy 0..nactvar-1, temporaries grow from freereg.
// Freeing is strictly LIFO. framesize is the high-water mark (< 250: one
// byte operand, minus headroom for the call frame).
//
// Variables. ls.v* is one stack of VarInfo shared by nested functions:
// locals, plus pending breaks (gotos to the NAME_BREAK label). fs.varmap maps
// register -> variable index; fs.uvmap maps upvalue -> variable index.
// Upvalue descriptors are fixed up by the parent when it finishes, because
// only then is it known whether the captured local was ever written
// (PROTO_UV_IMMUTABLE).

import { BC, NO_JMP, NO_REG, BCBIAS_J, BCMAX_D, bcOp, bcA, bcD, bcJ,
  bcInsAD, bcInsAJ, bcSetA, bcSetD, bcSetOp, bcSetJ, bcIsRetOrTail } from '../../soa/bc'
import { PROTO_CHILD, PROTO_VARARG, PROTO_HAS_RETURN, PROTO_FIXUP_RETURN,
  PROTO_UV_LOCAL, PROTO_UV_IMMUTABLE } from '../../soa/proto'
import type { KgcOut, ProtoOut, VarInfoOut, KConst } from '../../soa/proto'
import { type LexState, type KgcStr, NAME_BREAK, lexErrorNear, lexSyntaxError } from './lex'

// -- Limits -------------------------------------------------------------------

/** Max. slots in a frame: the register operands are bytes. */
export const LJ_MAX_SLOTS = 250
/** Max. active locals per function (Lua 5.1's LUAI_MAXVARS). */
export const LJ_MAX_LOCVAR = 200
/** Max. upvalues per function (Lua 5.1's LUAI_MAXUPVALUES). */
export const LJ_MAX_UPVAL = 60
/** Max. syntactic nesting (LUAI_MAXCCALLS). */
export const LJ_MAX_XLEVEL = 200
/** Size of the variable stack; upvalue refs are biased by it. */
export const LJ_MAX_VSTACK = 65536 - LJ_MAX_UPVAL

// -- Variable stack flags -------------------------------------------------------

export const VSTACK_VAR_RW = 0x01 // variable is written after declaration
export const VSTACK_GOTO = 0x02 // pending goto (break)
export const VSTACK_LABEL = 0x04 // label

// -- Scopes ---------------------------------------------------------------------

export const FSCOPE_LOOP = 0x01 // scope is a (breakable) loop
export const FSCOPE_BREAK = 0x02 // break used in scope
export const FSCOPE_GOLA = 0x04 // goto or label used in scope
export const FSCOPE_UPVAL = 0x08 // upvalue in scope
export const FSCOPE_NOCLOSE = 0x10 // do not close upvalues

/** One block scope. */
export interface FuncScope {
  prev: FuncScope | null
  vstart: number // start of block-local entries in the variable stack
  nactvar: number // active locals outside the scope
  flags: number
}

// -- Function state -------------------------------------------------------------

/** Template table under construction (TDUP); null value = placeholder. */
export interface TemplateTab {
  keys: (number | boolean | string)[]
  map: Map<number | boolean | string, number | boolean | string | null>
  asize: number
}

/** A GC constant while compiling: a string (its per-compile index in
 *  ls.kstrOut), a child proto or a template. */
export type KgcBuild =
  | number
  | { readonly k: 'proto'; readonly p: ProtoOut }
  | { readonly k: 'tab'; readonly t: TemplateTab }

/** Per-function compiler state. */
export interface FuncState {
  ls: LexState
  prev: FuncState | null
  bl: FuncScope | null
  bc: Uint32Array // instructions; bc[0] is the header
  line: Int32Array // line per instruction
  pc: number // next position
  lasttarget: number // position of the last jump target
  jpc: number // pending jumps to the next instruction
  freereg: number
  nactvar: number
  knum: number[]
  knumMap: Map<number, number>
  kgc: KgcBuild[]
  kmark: Int32Array // per-compile string index -> serial when in kgc
  kidx: Int32Array // per-compile string index -> kgc index (if marked)
  serial: number // unique per function of the compile (kmark stamp)
  linedefined: number
  vbase: number // base of this function's variables in the stack
  flags: number
  numparams: number
  framesize: number
  nuv: number
  varmap: Int32Array // register -> variable index
  uvmap: Int32Array // upvalue -> variable index
  uvtmp: Int32Array // upvalue -> raw descriptor (fixed up by parent)
  depth: number // nesting depth (index in ls.fsPool)
}

/** Shared empty arrays: placeholders, and output of prototypes without
 *  number constants, upvalues or locals. */
const EMPTY_U32 = new Uint32Array(0)
const EMPTY_I32 = new Int32Array(0)

/** New function state inside [ls], linked to the current one. States
 *  are pooled by depth: typed-array allocation is slow in V8. */
export function fsInit(ls: LexState, linedefined: number): FuncState {
  const depth = ls.fs === null ? 0 : ls.fs.depth + 1
  let fs = ls.fsPool[depth]
  if (fs === undefined) {
    fs = {
      ls, prev: null, bl: null, bc: EMPTY_U32, line: EMPTY_I32, pc: 0,
      lasttarget: 0, jpc: NO_JMP,
      freereg: 0, nactvar: 0, knum: [], knumMap: new Map(), kgc: [],
      kmark: EMPTY_I32, kidx: EMPTY_I32, serial: 0,
      linedefined: 0, vbase: 0, flags: 0,
      numparams: 0, framesize: 1, nuv: 0,
      varmap: new Int32Array(LJ_MAX_LOCVAR),
      uvmap: new Int32Array(LJ_MAX_UPVAL), uvtmp: new Int32Array(LJ_MAX_UPVAL),
      depth,
    }
    // Grown arrays are stored twice: mutable fields from the start (see
    // lexNew).
    fs.bc = new Uint32Array(256)
    fs.line = new Int32Array(256)
    fs.kmark = new Int32Array(256)
    fs.kidx = new Int32Array(256)
    ls.fsPool[depth] = fs
  } else {
    fs.bl = null
    fs.pc = 0
    fs.lasttarget = 0
    fs.jpc = NO_JMP
    fs.freereg = 0
    fs.nactvar = 0
    fs.knum.length = 0
    fs.knumMap.clear()
    fs.kgc.length = 0
    fs.flags = 0
    fs.numparams = 0
    fs.framesize = 1
    fs.nuv = 0
  }
  fs.serial = ++ls.fsSerial
  fs.prev = ls.fs
  fs.linedefined = linedefined
  fs.vbase = ls.vtop
  ls.fs = fs
  return fs
}

// -- Output arena -----------------------------------------------------------------

// The arrays of a ProtoOut are views into shared ArrayBuffer chunks: in V8
// each `new Uint32Array(n)` costs an ArrayBuffer (~15 us), a view is ~1 us.
// Chunks are 8-byte aligned and never reused, so views stay valid for as
// long as the prototypes live.

/** Shared empty arrays for prototypes without number constants/upvalues. */
const EMPTY_F64 = new Float64Array(0)
const EMPTY_U16 = new Uint16Array(0)

/** Byte offset of [bytes] fresh bytes in ls.arena (may switch chunks). */
function arenaAlloc(ls: LexState, bytes: number): number {
  const need = (bytes + 7) & ~7
  let off = ls.arenaOff
  if (off + need > ls.arena.byteLength) {
    ls.arena = new ArrayBuffer(need > 1048576 ? need : 1048576)
    off = 0
  }
  ls.arenaOff = off + need
  return off
}

/** Uint32Array of [n] elements from the arena. */
function arenaU32(ls: LexState, n: number): Uint32Array {
  const off = arenaAlloc(ls, n * 4)
  return new Uint32Array(ls.arena, off, n)
}

/** Int32Array of [n] elements from the arena. */
function arenaI32(ls: LexState, n: number): Int32Array {
  const off = arenaAlloc(ls, n * 4)
  return new Int32Array(ls.arena, off, n)
}

/** Per-compile index of string constant [s]; the first time, its output
 *  (bytes in the arena) is made, shared by every function of the compile. */
function kstrIndex(ls: LexState, s: string): number {
  const old = ls.kstrId.get(s)
  if (old !== undefined) return old
  const n = s.length
  const off = arenaAlloc(ls, n)
  const out = new Uint8Array(ls.arena, off, n)
  for (let i = 0; i < n; i++) out[i] = s.charCodeAt(i)
  const g = ls.kstrOut.length
  ls.kstrOut.push({ k: 'str', s: out })
  ls.kstrId.set(s, g)
  return g
}

/** String constant [s] as output, shared per compile. */
function kgcStrOut(ls: LexState, s: string): KgcStr {
  return ls.kstrOut[kstrIndex(ls, s)]
}

// -- Errors ---------------------------------------------------------------------

/** Limit error: "main function has more than N what" (no 'near'). */
export function errLimit(fs: FuncState, limit: number, what: string): never {
  const ls = fs.ls
  const msg = fs.linedefined === 0
    ? 'main function has more than ' + limit + ' ' + what
    : 'function at line ' + fs.linedefined + ' has more than ' + limit +
      ' ' + what
  lexErrorNear(ls, msg, null, ls.tokCol)
}

// -- Constants ------------------------------------------------------------------

/** Index of number constant [n] (LuaJIT keys them like table keys). */
export function constNum(fs: FuncState, n: number): number {
  const key = n === 0 ? 0 : n // -0 and +0 share a slot
  const idx = fs.knumMap.get(key)
  if (idx !== undefined) return idx
  const k = fs.knum.length
  fs.knumMap.set(key, k)
  fs.knum.push(key)
  return k
}

/** Index of string constant [s] (binary string). */
export function constStr(fs: FuncState, s: string): number {
  const g = kstrIndex(fs.ls, s)
  if (g < fs.kmark.length) {
    if (fs.kmark[g] === fs.serial) return fs.kidx[g]
  } else {
    let n = fs.kmark.length * 2
    while (n <= g) n *= 2
    const m = new Int32Array(n)
    m.set(fs.kmark)
    fs.kmark = m
    const x = new Int32Array(n)
    x.set(fs.kidx)
    fs.kidx = x
  }
  const k = fs.kgc.length
  fs.kmark[g] = fs.serial
  fs.kidx[g] = k
  fs.kgc.push(g)
  return k
}

/** Index of string constant [s] if this function has it, else -1. */
export function constStrFind(fs: FuncState, s: string): number {
  const g = fs.ls.kstrId.get(s)
  if (g === undefined || g >= fs.kmark.length || fs.kmark[g] !== fs.serial) return -1
  return fs.kidx[g]
}

/** Index of a new child prototype constant [p]. */
export function constProto(fs: FuncState, p: ProtoOut): number {
  fs.kgc.push({ k: 'proto', p })
  return fs.kgc.length - 1
}

/** Index of a new template table constant [t]. */
export function constTab(fs: FuncState, t: TemplateTab): number {
  fs.kgc.push({ k: 'tab', t })
  return fs.kgc.length - 1
}

// -- Jump lists -----------------------------------------------------------------

/** Next element of the jump list after [pc]. */
export function jmpNext(fs: FuncState, pc: number): number {
  const delta = bcJ(fs.bc[pc])
  return delta === NO_JMP ? NO_JMP : pc + 1 + delta
}

/** Does any jump on [list] produce no value? */
export function jmpNovalue(fs: FuncState, list: number): boolean {
  for (; list !== NO_JMP; list = jmpNext(fs, list)) {
    const p = fs.bc[list >= 1 ? list - 1 : list]
    const op = bcOp(p)
    if (!(op === BC.ISTC || op === BC.ISFC || bcA(p) === NO_REG)) return true
  }
  return false
}

/** Point the value-producing instruction before jump [pc] at [reg]. */
function jmpPatchtestreg(fs: FuncState, pc: number, reg: number): boolean {
  const bc = fs.bc
  const ip = pc >= 1 ? pc - 1 : pc
  const ins = bc[ip]
  const op = bcOp(ins)
  if (op === BC.ISTC || op === BC.ISFC) {
    if (reg !== NO_REG && reg !== bcD(ins)) {
      bc[ip] = bcSetA(ins, reg)
    } else { // nothing to store or already in the right register
      bc[ip] = bcSetA(bcSetOp(ins, op + (BC.IST - BC.ISTC)), 0)
    }
  } else if (bcA(ins) === NO_REG) {
    if (reg === NO_REG) {
      bc[ip] = bcInsAJ(BC.JMP, bcA(bc[pc]), 0)
    } else {
      bc[ip] = bcSetA(ins, reg)
      if (reg >= bcA(bc[ip + 1])) bc[ip + 1] = bcSetA(bc[ip + 1], reg + 1)
    }
  } else {
    return false // cannot patch other instructions
  }
  return true
}

/** Drop the values of all jumps on [list]. */
export function jmpDropval(fs: FuncState, list: number): void {
  for (; list !== NO_JMP; list = jmpNext(fs, list)) {
    jmpPatchtestreg(fs, list, NO_REG)
  }
}

/** Patch jump [pc] to [dest]. */
export function jmpPatchins(fs: FuncState, pc: number, dest: number): void {
  const offset = dest - (pc + 1) + BCBIAS_J
  if (offset < 0 || offset > BCMAX_D) {
    lexSyntaxError(fs.ls, 'control structure too long')
  }
  fs.bc[pc] = bcSetD(fs.bc[pc], offset)
}

/** Append list [l2] to list [l1]; returns the new head of l1. */
export function jmpAppend(fs: FuncState, l1: number, l2: number): number {
  if (l2 === NO_JMP) return l1
  if (l1 === NO_JMP) return l2
  let list = l1
  let next: number
  while ((next = jmpNext(fs, list)) !== NO_JMP) list = next
  jmpPatchins(fs, list, l2)
  return l1
}

/** Patch [list]: value jumps to [vtarget] in [reg], others to [dtarget]. */
export function jmpPatchval(fs: FuncState, list: number, vtarget: number,
  reg: number, dtarget: number): void {
  while (list !== NO_JMP) {
    const next = jmpNext(fs, list)
    if (jmpPatchtestreg(fs, list, reg)) jmpPatchins(fs, list, vtarget)
    else jmpPatchins(fs, list, dtarget)
    list = next
  }
}

/** Make [list] jump to the next instruction emitted. */
export function jmpTohere(fs: FuncState, list: number): void {
  fs.lasttarget = fs.pc
  fs.jpc = jmpAppend(fs, fs.jpc, list)
}

/** Patch [list] to [target]. */
export function jmpPatch(fs: FuncState, list: number, target: number): void {
  if (target === fs.pc) jmpTohere(fs, list)
  else jmpPatchval(fs, list, target, NO_REG, target)
}

// -- Register allocator -----------------------------------------------------------

/** Bump the frame size for [n] more registers. */
export function bcregBump(fs: FuncState, n: number): void {
  const sz = fs.freereg + n
  if (sz > fs.framesize) {
    if (sz >= LJ_MAX_SLOTS) {
      lexSyntaxError(fs.ls, 'function or expression too complex')
    }
    fs.framesize = sz
  }
}

/** Reserve [n] registers. */
export function bcregReserve(fs: FuncState, n: number): void {
  bcregBump(fs, n)
  fs.freereg += n
}

/** Free register [reg] if it is a temporary. */
export function bcregFree(fs: FuncState, reg: number): void {
  if (reg >= fs.nactvar) fs.freereg--
}

// -- Bytecode emitter -------------------------------------------------------------

/** Emit [ins] at fs.pc, patching pending jumps to it; returns its pc. */
export function bcemitINS(fs: FuncState, ins: number): number {
  const pc = fs.pc
  jmpPatchval(fs, fs.jpc, pc, NO_REG, pc)
  fs.jpc = NO_JMP
  if (pc >= fs.bc.length) {
    const nb = new Uint32Array(fs.bc.length * 2)
    nb.set(fs.bc)
    fs.bc = nb
    const nl = new Int32Array(fs.line.length * 2)
    nl.set(fs.line)
    fs.line = nl
  }
  fs.bc[pc] = ins
  fs.line[pc] = fs.ls.lastline
  fs.pc = pc + 1
  return pc
}

/** Emit an AD instruction. */
export function bcemitAD(fs: FuncState, op: number, a: number, d: number): number {
  return bcemitINS(fs, bcInsAD(op, a, d))
}

/** Emit an AJ instruction. */
export function bcemitAJ(fs: FuncState, op: number, a: number, j: number): number {
  return bcemitINS(fs, bcInsAJ(op, a, j))
}

/** Emit an unconditional jump (or reuse a preceding UCLO); returns it. */
export function bcemitJmp(fs: FuncState): number {
  const jpc = fs.jpc
  let j = fs.pc - 1
  fs.jpc = NO_JMP
  if (j >= fs.lasttarget && bcOp(fs.bc[j]) === BC.UCLO) {
    fs.bc[j] = bcSetJ(fs.bc[j], NO_JMP)
    fs.lasttarget = j + 1
  } else {
    j = bcemitAJ(fs, BC.JMP, fs.freereg, NO_JMP)
  }
  return jmpAppend(fs, j, jpc)
}

// -- Variables --------------------------------------------------------------------

/** Declare local [name] as the [n]-th new variable (not yet active). */
export function varNew(ls: LexState, n: number, name: string): void {
  const fs = ls.fs as FuncState
  if (fs.nactvar + n >= LJ_MAX_LOCVAR) {
    errLimit(fs, LJ_MAX_LOCVAR, 'local variables')
  }
  const vtop = ls.vtop
  if (vtop >= LJ_MAX_VSTACK) {
    lexErrorNear(ls, 'chunk has more than ' + LJ_MAX_VSTACK +
      ' local variables', null, ls.tokCol)
  }
  ls.vName[vtop] = name
  ls.vStart[vtop] = 0
  ls.vEnd[vtop] = 0
  ls.vSlot[vtop] = 0
  ls.vInfo[vtop] = 0
  fs.varmap[fs.nactvar + n] = vtop
  ls.vtop = vtop + 1
}

/** Activate the [nvars] variables declared last. */
export function varAdd(ls: LexState, nvars: number): void {
  const fs = ls.fs as FuncState
  let nactvar = fs.nactvar
  while (nvars-- > 0) {
    const v = fs.varmap[nactvar]
    ls.vStart[v] = fs.pc
    ls.vSlot[v] = nactvar++
    ls.vInfo[v] = 0
  }
  fs.nactvar = nactvar
}

/** Deactivate variables down to [tolevel]. */
export function varRemove(ls: LexState, tolevel: number): void {
  const fs = ls.fs as FuncState
  while (fs.nactvar > tolevel) ls.vEnd[fs.varmap[--fs.nactvar]] = fs.pc
}

/** Register of active local [name], or -1. */
export function varLookupLocal(fs: FuncState, name: string): number {
  const ls = fs.ls
  for (let i = fs.nactvar - 1; i >= 0; i--) {
    if (ls.vName[fs.varmap[i]] === name) return i
  }
  return -1
}

/** Index of the upvalue for variable [vidx], creating it. [isLocal]: the
 *  variable is a local of the parent (else parent upvalue [parentUv]). */
export function varLookupUv(fs: FuncState, vidx: number, isLocal: boolean,
  parentUv: number): number {
  const n = fs.nuv
  for (let i = 0; i < n; i++) if (fs.uvmap[i] === vidx) return i
  if (n >= LJ_MAX_UPVAL) errLimit(fs, LJ_MAX_UPVAL, 'upvalues')
  fs.uvmap[n] = vidx
  fs.uvtmp[n] = isLocal ? vidx : LJ_MAX_VSTACK + parentUv
  fs.nuv = n + 1
  return n
}

// -- Breaks (LuaJIT's goto/label machinery, break-only) ---------------------------

/** Push a goto or label entry; returns its index. */
export function golaNew(ls: LexState, name: string, info: number, pc: number): number {
  const fs = ls.fs as FuncState
  const vtop = ls.vtop
  if (vtop >= LJ_MAX_VSTACK) {
    lexErrorNear(ls, 'chunk has more than ' + LJ_MAX_VSTACK +
      ' local variables', null, ls.tokCol)
  }
  ls.vName[vtop] = name
  ls.vStart[vtop] = pc
  ls.vEnd[vtop] = 0
  ls.vSlot[vtop] = fs.nactvar
  ls.vInfo[vtop] = info
  ls.vtop = vtop + 1
  return vtop
}

/** Patch goto [vg] to jump to label [vl]. */
function golaPatch(ls: LexState, vg: number, vl: number): void {
  const fs = ls.fs as FuncState
  const pc = ls.vStart[vg]
  ls.vName[vg] = null // invalidate pending goto
  fs.bc[pc] = bcSetA(fs.bc[pc], ls.vSlot[vl])
  jmpPatch(fs, pc, ls.vStart[vl])
}

/** Turn goto [vg] into an UCLO that closes upvalues. */
function golaClose(ls: LexState, vg: number): void {
  const fs = ls.fs as FuncState
  const pc = ls.vStart[vg]
  fs.bc[pc] = bcSetA(fs.bc[pc], ls.vSlot[vg])
  if (bcOp(fs.bc[pc]) === BC.JMP) {
    const next = jmpNext(fs, pc)
    if (next !== NO_JMP) jmpPatch(fs, next, pc) // jump to UCLO
    fs.bc[pc] = bcSetJ(bcSetOp(fs.bc[pc], BC.UCLO), NO_JMP)
  }
}

/** Resolve pending forward gotos of scope [bl] to label [idx]. */
function golaResolve(ls: LexState, bl: FuncScope, idx: number): void {
  const name = ls.vName[idx]
  for (let vg = bl.vstart; vg < idx; vg++) {
    if (ls.vName[vg] === name && (ls.vInfo[vg] & VSTACK_GOTO) !== 0) {
      golaPatch(ls, vg, idx)
    }
  }
}

/** Propagate the remaining gotos of scope [bl] to the outer scope. */
function golaFixup(ls: LexState, bl: FuncScope): void {
  const ve = ls.vtop
  for (let v = bl.vstart; v < ve; v++) {
    const name = ls.vName[v]
    if (name !== null && (ls.vInfo[v] & VSTACK_GOTO) !== 0 && bl.prev !== null) {
      bl.prev.flags |= name === NAME_BREAK ? FSCOPE_BREAK : FSCOPE_GOLA
      ls.vSlot[v] = bl.nactvar
      if ((bl.flags & FSCOPE_UPVAL) !== 0) golaClose(ls, v)
    }
  }
}

// -- Scopes -----------------------------------------------------------------------

/** Begin scope [bl] with [flags]. */
export function fscopeBegin(fs: FuncState, bl: FuncScope, flags: number): void {
  bl.nactvar = fs.nactvar
  bl.flags = flags
  bl.vstart = fs.ls.vtop
  bl.prev = fs.bl
  fs.bl = bl
}

/** New scope record (fields set by fscopeBegin). */
export function fscopeNew(): FuncScope {
  return { prev: null, vstart: 0, nactvar: 0, flags: 0 }
}

/** End the current scope: drop locals, close upvalues, resolve breaks. */
export function fscopeEnd(fs: FuncState): void {
  const bl = fs.bl as FuncScope
  const ls = fs.ls
  fs.bl = bl.prev
  varRemove(ls, bl.nactvar)
  fs.freereg = fs.nactvar
  if ((bl.flags & (FSCOPE_UPVAL | FSCOPE_NOCLOSE)) === FSCOPE_UPVAL) {
    bcemitAJ(fs, BC.UCLO, bl.nactvar, 0)
  }
  if ((bl.flags & FSCOPE_BREAK) !== 0) {
    if ((bl.flags & FSCOPE_LOOP) !== 0) {
      const idx = golaNew(ls, NAME_BREAK, VSTACK_LABEL, fs.pc)
      ls.vtop = idx // drop break label immediately
      golaResolve(ls, bl, idx)
    } else {
      golaFixup(ls, bl)
      return
    }
  }
  if ((bl.flags & FSCOPE_GOLA) !== 0) golaFixup(ls, bl)
}

/** Mark the scope that owns register [level] as having an upvalue. */
export function fscopeUvmark(fs: FuncState, level: number): void {
  let bl = fs.bl
  while (bl !== null && bl.nactvar > level) bl = bl.prev
  if (bl !== null) bl.flags |= FSCOPE_UPVAL
}

// -- Finishing a prototype ----------------------------------------------------------

/** Emit the final return and rewrite returns before the first closure. */
function fsFixupRet(fs: FuncState): void {
  const lastpc = fs.pc
  const bl = fs.bl as FuncScope
  if (lastpc <= fs.lasttarget || !bcIsRetOrTail(bcOp(fs.bc[lastpc - 1]))) {
    if ((bl.flags & FSCOPE_UPVAL) !== 0) bcemitAJ(fs, BC.UCLO, 0, 0)
    bcemitAD(fs, BC.RET0, 0, 1) // need final return
  }
  bl.flags |= FSCOPE_NOCLOSE // handled above
  fscopeEnd(fs)
  if ((fs.flags & PROTO_FIXUP_RETURN) === 0) return
  for (let pc = 1; pc < lastpc; pc++) {
    const ins = fs.bc[pc]
    switch (bcOp(ins)) {
      case BC.CALLMT: case BC.CALLT:
      case BC.RETM: case BC.RET: case BC.RET0: case BC.RET1: {
        let offset = bcemitINS(fs, ins) // copy original instruction
        fs.line[offset] = fs.line[pc]
        offset = offset - (pc + 1) + BCBIAS_J
        if (offset > BCMAX_D) {
          lexSyntaxError(fs.ls, 'function too long for return fixup')
        }
        fs.bc[pc] = bcInsAD(BC.UCLO, 0, offset) // UCLO plus branch
        break
      }
      case BC.FNEW:
        return // done
      default:
        break
    }
  }
}

/** Template table [t] as output (placeholders and nils dropped). */
function templateOut(ls: LexState, t: TemplateTab): KgcOut {
  const arr: (KConst | null)[] = []
  for (let i = 0; i < t.asize; i++) arr.push(null)
  const hash: KConst[] = []
  for (let i = 0; i < t.keys.length; i++) {
    const key = t.keys[i]
    const v = t.map.get(key)
    if (v === null || v === undefined) continue
    const vo: KConst = typeof v === 'string' ? kgcStrOut(ls, v).s : v
    if (typeof key === 'number' && Number.isInteger(key) && key >= 0 &&
      key < t.asize) {
      arr[key] = vo
    } else {
      hash.push(typeof key === 'string' ? kgcStrOut(ls, key).s : key, vo)
    }
  }
  return { k: 'tab', arr, hash }
}

/** Fix up the upvalue descriptors of child [p] against this function. */
function fsFixupUv2(fs: FuncState, p: ProtoOut): void {
  const ls = fs.ls
  const uv = p.uvdesc
  for (let i = 0; i < uv.length; i++) {
    const vidx = uv[i]
    if (vidx >= LJ_MAX_VSTACK) uv[i] = vidx - LJ_MAX_VSTACK
    else if ((ls.vInfo[vidx] & VSTACK_VAR_RW) !== 0) {
      uv[i] = ls.vSlot[vidx] | PROTO_UV_LOCAL
    } else {
      uv[i] = ls.vSlot[vidx] | PROTO_UV_LOCAL | PROTO_UV_IMMUTABLE
    }
  }
}

/** Finish the current function; [line] is its last line. */
export function fsFinish(ls: LexState, line: number): ProtoOut {
  const fs = ls.fs as FuncState
  fsFixupRet(fs)
  if (fs.knum.length > BCMAX_D + 1 || fs.kgc.length > BCMAX_D + 1) {
    errLimit(fs, BCMAX_D + 1, 'constants')
  }
  const n = fs.pc
  const bc = arenaU32(ls, n)
  const lineinfo = arenaI32(ls, n)
  bc[0] = bcInsAD((fs.flags & PROTO_VARARG) !== 0 ? BC.FUNCV : BC.FUNCF,
    fs.framesize, 0)
  lineinfo[0] = fs.linedefined
  for (let i = 1; i < n; i++) { bc[i] = fs.bc[i]; lineinfo[i] = fs.line[i] }
  const kgc: KgcOut[] = []
  for (let i = 0; i < fs.kgc.length; i++) {
    const k = fs.kgc[i]
    if (typeof k === 'number') kgc.push(ls.kstrOut[k])
    else if (k.k === 'proto') { fsFixupUv2(fs, k.p); kgc.push(k) }
    else kgc.push(templateOut(ls, k.t))
  }
  const nk = fs.knum.length
  let knum = EMPTY_F64
  if (nk > 0) {
    const koff = arenaAlloc(ls, nk * 8) // may switch ls.arena: call first
    knum = new Float64Array(ls.arena, koff, nk)
    for (let i = 0; i < nk; i++) knum[i] = fs.knum[i]
  }
  let uvdesc = EMPTY_U16
  if (fs.nuv > 0) {
    const uoff = arenaAlloc(ls, fs.nuv * 2)
    uvdesc = new Uint16Array(ls.arena, uoff, fs.nuv)
  }
  const uvnames: string[] = []
  for (let i = 0; i < fs.nuv; i++) {
    uvdesc[i] = fs.uvtmp[i]
    uvnames.push(ls.vName[fs.uvmap[i]] as string)
  }
  let nvar = 0
  for (let v = fs.vbase; v < ls.vtop; v++) {
    if ((ls.vInfo[v] & (VSTACK_GOTO | VSTACK_LABEL)) === 0) nvar++
  }
  const names: string[] = []
  const pcs = nvar > 0 ? arenaI32(ls, 2 * nvar) : EMPTY_I32
  for (let v = fs.vbase, i = 0; v < ls.vtop; v++) {
    if ((ls.vInfo[v] & (VSTACK_GOTO | VSTACK_LABEL)) !== 0) continue
    names.push(ls.vName[v] as string)
    pcs[i++] = ls.vStart[v]
    pcs[i++] = ls.vEnd[v]
  }
  const varinfo: VarInfoOut = { names, pcs }
  const p: ProtoOut = {
    bc, lineinfo, knum, kgc, uvdesc,
    numparams: fs.numparams, framesize: fs.framesize,
    flags: fs.flags & ~(PROTO_HAS_RETURN | PROTO_FIXUP_RETURN),
    chunkname: ls.chunkname, firstline: fs.linedefined,
    numline: line - fs.linedefined, varinfo, uvnames,
  }
  ls.vtop = fs.vbase // reset variable stack
  ls.fs = fs.prev
  return p
}

/** Mark the parent of a just-finished child (PROTO_CHILD bookkeeping). */
export function fsMarkChild(pfs: FuncState): void {
  if ((pfs.flags & PROTO_CHILD) === 0) {
    if ((pfs.flags & PROTO_HAS_RETURN) !== 0) pfs.flags |= PROTO_FIXUP_RETURN
    pfs.flags |= PROTO_CHILD
  }
}
