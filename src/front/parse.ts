// Statement parser and the compile() entry point: Lua 5.1 source to
// LuaJIT 2.1 (GC64) bytecode in one pass, no AST (lj_parse.c's upper half).
//
// Each statement starts and ends with freereg == nactvar: temporaries never
// outlive a statement. Loops are inverted, as in LuaJIT: the loop test sits
// at the bottom (FORL, ITERL) or the body is headed by LOOP, which the
// interpreter uses for hot counting and the JIT as the trace anchor.
//
//   numeric for:  base+0..2 hidden idx/stop/step, base+3 visible copy
//                 FORI base, ->exit ; body ; FORL base, ->body
//   generic for:  base-3..base-1 hidden gen/state/ctl, base.. visible
//                 JMP/ISNEXT ->call ; body ; ITERC/ITERN base ; ITERL ->body
//   while:        cond ; LOOP ; body ; JMP ->cond
//   repeat:       LOOP ; body ; cond (inside the body's scope) ; JMP back
//
// `break` is a pending goto to an implicit label at the end of the nearest
// loop scope; leaving scopes with captured locals turns it into UCLO.
// Error texts follow lua5.1 (the reference for messages); the bytecode
// follows LuaJIT 2.1 (the reference for code shape). Lua 5.1 has no goto:
// `goto` is an ordinary name here.

import { argScanSetCompat } from './argscan'
import { BC, NO_JMP, bcOp, bcA, bcC, bcD, bcInsAD, bcSetB,
  bcIns } from '../../soa/bc'
import { PROTO_VARARG, PROTO_HAS_RETURN, PROTO_CHILD } from '../../soa/proto'
import type { ProtoOut } from '../../soa/proto'
import { type LexState, TK, NAME_BREAK, lexNew, lexNextToken, lexSyntaxError } from './lex'
import { LuaCompileError } from './error'
import { chunkId, MAXSRC } from './chunkid'
import { type FuncState, FSCOPE_LOOP, FSCOPE_BREAK, FSCOPE_UPVAL,
  VSTACK_GOTO, LJ_MAX_XLEVEL, errLimit, fsInit, fsFinish, fscopeBegin, fscopeEnd,
  fscopeNew, constStrFind, bcemitAD, bcemitAJ, bcemitINS, bcemitJmp, bcregReserve,
  bcregBump, varNew, varAdd, golaNew, jmpAppend, jmpPatch, jmpPatchins,
  jmpTohere } from './funcstate'
import { type ExpDesc, VLOCAL, VINDEXED, VCALL, VVOID, VNONRELOC, VRELOCABLE,
  expNew, exprInit, exprFree, exprToreg, exprTonextreg, exprToanyreg,
  bcemitNil, bcemitStore } from './emit'
import { lexOpt, lexCheck, lexMatch, lexStr, synlevelBegin, errToken,
  exprList, exprNext, exprCond, exprPrimary, exprField, parseBody,
  varLookupName } from './parse_expr'

// Names of the hidden loop variables (as lua5.1 and LuaJIT show them).
const VARNAME_FOR_IDX = '(for index)'
const VARNAME_FOR_STOP = '(for limit)'
const VARNAME_FOR_STEP = '(for step)'
const VARNAME_FOR_GEN = '(for generator)'
const VARNAME_FOR_STATE = '(for state)'
const VARNAME_FOR_CTL = '(for control)'

// -- Assignments --------------------------------------------------------------------

/** An LHS variable in a multiple assignment. */
interface LHSVarList {
  v: ExpDesc
  prev: LHSVarList | null
}

/** Rename table/key registers of earlier LHS that local [v] overwrites. */
function assignHazard(ls: LexState, lh: LHSVarList | null, v: ExpDesc): void {
  const fs = ls.fs as FuncState
  const reg = v.info
  const tmp = fs.freereg
  let hazard = false
  for (; lh !== null; lh = lh.prev) {
    if (lh.v.k === VINDEXED) {
      if (lh.v.info === reg) { hazard = true; lh.v.info = tmp } // t[i], t = 1, 2
      if (lh.v.aux === reg) { hazard = true; lh.v.aux = tmp } // t[i], i = 1, 2
    }
  }
  if (hazard) {
    bcemitAD(fs, BC.MOV, tmp, reg) // rename conflicting variable
    bcregReserve(fs, 1)
  }
}

/** Adjust [nexps] values (last one [e]) to [nvars] targets. */
function assignAdjust(ls: LexState, nvars: number, nexps: number, e: ExpDesc): void {
  const fs = ls.fs as FuncState
  let extra = nvars - nexps
  if (e.k === VCALL) {
    extra++ // compensate for the VCALL itself
    if (extra < 0) extra = 0
    fs.bc[e.info] = bcSetB(fs.bc[e.info], extra + 1) // fixup call results
    if (extra > 1) bcregReserve(fs, extra - 1)
  } else {
    if (e.k !== VVOID) exprTonextreg(fs, e) // close last expression
    if (extra > 0) { // leftover LHS are set to nil
      const reg = fs.freereg
      bcregReserve(fs, extra)
      bcemitNil(fs, reg, extra)
    }
  }
  if (nexps > nvars) fs.freereg -= nexps - nvars // drop leftover regs
}

/** Parse the rest of an assignment whose LHS list ends with [lh]. */
function parseAssignment(ls: LexState, lh: LHSVarList, nvars: number): void {
  const e = expNew()
  if (!(VLOCAL <= lh.v.k && lh.v.k <= VINDEXED)) lexSyntaxError(ls, 'syntax error')
  if (lexOpt(ls, 44)) { // ',': collect LHS list and recurse upwards
    const vl: LHSVarList = { v: expNew(), prev: lh }
    exprPrimary(ls, vl.v)
    if (vl.v.k === VLOCAL) assignHazard(ls, lh, vl.v)
    // lua5.1's limit: LUAI_MAXCCALLS minus the C call depth (ls.level + 1).
    const limit = LJ_MAX_XLEVEL - 1 - ls.level
    if (nvars > limit) errLimit(ls.fs as FuncState, limit, 'variables in assignment')
    parseAssignment(ls, vl, nvars + 1)
  } else { // parse RHS
    lexCheck(ls, 61) // '='
    const nexps = exprList(ls, e)
    if (nexps === nvars) {
      if (e.k === VCALL) {
        const fs = ls.fs as FuncState
        if (bcOp(fs.bc[e.info]) === BC.VARG) { // vararg assignment
          fs.freereg--
          e.k = VRELOCABLE
        } else { // multiple call results
          e.info = e.aux // base of call is not relocatable
          e.k = VNONRELOC
        }
      }
      bcemitStore(ls.fs as FuncState, lh.v, e)
      return
    }
    assignAdjust(ls, nvars, nexps, e)
  }
  // Assign RHS to LHS and recurse downwards.
  exprInit(e, VNONRELOC, (ls.fs as FuncState).freereg - 1)
  bcemitStore(ls.fs as FuncState, lh.v, e)
}

/** Parse a call statement or an assignment. */
function parseCallAssign(ls: LexState): void {
  const fs = ls.fs as FuncState
  const vl: LHSVarList = { v: expNew(), prev: null }
  exprPrimary(ls, vl.v)
  if (vl.v.k === VCALL) { // function call statement
    fs.bc[vl.v.info] = bcSetB(fs.bc[vl.v.info], 1) // no results
  } else {
    parseAssignment(ls, vl, 1)
  }
}

/** Parse a 'local' statement (after 'local'). */
function parseLocal(ls: LexState): void {
  const fs = ls.fs as FuncState
  if (lexOpt(ls, TK.FUNCTION)) { // local function declaration
    const v = expNew()
    const b = expNew()
    varNew(ls, 0, lexStr(ls))
    exprInit(v, VLOCAL, fs.freereg)
    v.aux = fs.varmap[fs.freereg]
    bcregReserve(fs, 1)
    varAdd(ls, 1)
    parseBody(ls, b, false, ls.linenumber)
    // bcemitStore(fs, v, b) without setting VSTACK_VAR_RW.
    exprFree(fs, b)
    exprToreg(fs, b, v.info)
    // The upvalue is in scope, but the local is only valid after the store.
    ls.vStart[fs.varmap[fs.nactvar - 1]] = fs.pc
  } else { // local variable declaration
    const e = expNew()
    let nexps: number
    let nvars = 0
    do { // collect LHS
      varNew(ls, nvars++, lexStr(ls))
    } while (lexOpt(ls, 44))
    if (lexOpt(ls, 61)) { // optional RHS
      nexps = exprList(ls, e)
    } else { // or implicitly set to nil
      e.k = VVOID
      nexps = 0
    }
    assignAdjust(ls, nvars, nexps, e)
    varAdd(ls, nvars)
  }
}

/** Parse a 'function' statement starting at [line]. */
function parseFunc(ls: LexState, line: number): void {
  const v = expNew()
  const b = expNew()
  let needself = false
  lexNextToken(ls) // skip 'function'
  varLookupName(ls, v)
  while (ls.tok === 46) exprField(ls, v) // '.'
  if (ls.tok === 58) { // ':'
    needself = true
    exprField(ls, v)
  }
  parseBody(ls, b, needself, line)
  const fs = ls.fs as FuncState
  bcemitStore(fs, v, b)
  fs.line[fs.pc - 1] = line // set line for the store
}

// -- Control transfer statements --------------------------------------------------

/** Is [tok] the end of a block? */
function parseIsend(tok: number): boolean {
  return tok === TK.ELSE || tok === TK.ELSEIF || tok === TK.END ||
    tok === TK.UNTIL || tok === TK.EOF
}

/** Parse a 'return' statement. */
function parseReturn(ls: LexState): void {
  let ins: number
  const fs = ls.fs as FuncState
  lexNextToken(ls) // skip 'return'
  fs.flags |= PROTO_HAS_RETURN
  if (parseIsend(ls.tok) || ls.tok === 59) { // bare return
    ins = bcInsAD(BC.RET0, 0, 1)
  } else { // return with one or more values
    const e = expNew()
    const nret = exprList(ls, e)
    if (nret === 1) {
      if (e.k === VCALL) { // tail call?
        const ci = fs.bc[e.info]
        if (bcOp(ci) === BC.VARG) {
          fs.bc[e.info] = bcSetB(ci, 0)
          ins = bcInsAD(BC.RETM, fs.nactvar, e.aux - fs.nactvar)
        } else {
          fs.pc--
          ins = bcInsAD(bcOp(ci) - BC.CALL + BC.CALLT, bcA(ci), bcC(ci))
        }
      } else { // can return the result from any register
        ins = bcInsAD(BC.RET1, exprToanyreg(fs, e), 2)
      }
    } else if (e.k === VCALL) { // append all results from a call
      fs.bc[e.info] = bcSetB(fs.bc[e.info], 0)
      ins = bcInsAD(BC.RETM, fs.nactvar, e.aux - fs.nactvar)
    } else {
      exprTonextreg(fs, e) // force contiguous registers
      ins = bcInsAD(BC.RET, fs.nactvar, nret + 1)
    }
  }
  if ((fs.flags & PROTO_CHILD) !== 0) bcemitAJ(fs, BC.UCLO, 0, 0)
  bcemitINS(fs, ins)
}

/** Parse a 'break' statement (after 'break'). */
function parseBreak(ls: LexState): void {
  const fs = ls.fs as FuncState
  let bl = fs.bl
  while (bl !== null && (bl.flags & FSCOPE_LOOP) === 0) bl = bl.prev
  if (bl === null) lexSyntaxError(ls, 'no loop to break') // lua5.1's check
  ;(fs.bl as NonNullable<typeof fs.bl>).flags |= FSCOPE_BREAK
  golaNew(ls, NAME_BREAK, VSTACK_GOTO, bcemitJmp(fs))
}

// -- Blocks, loops and conditionals -------------------------------------------------

/** Parse a block in its own scope. */
function parseBlock(ls: LexState): void {
  const fs = ls.fs as FuncState
  fscopeBegin(fs, fscopeNew(), 0)
  parseChunk(ls)
  fscopeEnd(fs)
}

/** Parse a 'while' statement starting at [line]. */
function parseWhile(ls: LexState, line: number): void {
  const fs = ls.fs as FuncState
  lexNextToken(ls) // skip 'while'
  const start = fs.lasttarget = fs.pc
  const condexit = exprCond(ls)
  fscopeBegin(fs, fscopeNew(), FSCOPE_LOOP)
  lexCheck(ls, TK.DO)
  const loop = bcemitAD(fs, BC.LOOP, fs.nactvar, 0)
  parseBlock(ls)
  jmpPatch(fs, bcemitJmp(fs), start)
  lexMatch(ls, TK.END, TK.WHILE, line)
  fscopeEnd(fs)
  jmpTohere(fs, condexit)
  jmpPatchins(fs, loop, fs.pc)
}

/** Parse a 'repeat' statement starting at [line]. */
function parseRepeat(ls: LexState, line: number): void {
  const fs = ls.fs as FuncState
  const loop = fs.lasttarget = fs.pc
  const bl2 = fscopeNew()
  fscopeBegin(fs, fscopeNew(), FSCOPE_LOOP) // breakable loop scope
  fscopeBegin(fs, bl2, 0) // inner scope
  lexNextToken(ls) // skip 'repeat'
  bcemitAD(fs, BC.LOOP, fs.nactvar, 0)
  parseChunk(ls)
  lexMatch(ls, TK.UNTIL, TK.REPEAT, line)
  let condexit = exprCond(ls) // parse condition (still inside inner scope)
  if ((bl2.flags & FSCOPE_UPVAL) === 0) { // no upvalues? just end inner scope
    fscopeEnd(fs)
  } else { // cond: UCLO+JMP out, !cond: UCLO+JMP loop
    ;(fs.bl as NonNullable<typeof fs.bl>).flags |= FSCOPE_BREAK
    golaNew(ls, NAME_BREAK, VSTACK_GOTO, bcemitJmp(fs))
    jmpTohere(fs, condexit)
    fscopeEnd(fs) // end inner scope and close upvalues
    condexit = bcemitJmp(fs)
  }
  jmpPatch(fs, condexit, loop) // jump backwards if !cond
  jmpPatchins(fs, loop, fs.pc)
  fscopeEnd(fs) // end loop scope
}

/** Parse a numeric 'for' with loop variable [varname]. */
function parseForNum(ls: LexState, varname: string, line: number): void {
  const fs = ls.fs as FuncState
  const base = fs.freereg
  varNew(ls, 0, VARNAME_FOR_IDX) // hidden control variables
  varNew(ls, 1, VARNAME_FOR_STOP)
  varNew(ls, 2, VARNAME_FOR_STEP)
  varNew(ls, 3, varname) // visible copy of index variable
  lexCheck(ls, 61) // '='
  exprNext(ls)
  lexCheck(ls, 44) // ','
  exprNext(ls)
  if (lexOpt(ls, 44)) {
    exprNext(ls)
  } else {
    bcemitAD(fs, BC.KSHORT, fs.freereg, 1) // default step is 1
    bcregReserve(fs, 1)
  }
  varAdd(ls, 3) // hidden control variables
  lexCheck(ls, TK.DO)
  const loop = bcemitAJ(fs, BC.FORI, base, NO_JMP)
  fscopeBegin(fs, fscopeNew(), 0) // scope for visible variables
  varAdd(ls, 1)
  bcregReserve(fs, 1)
  parseBlock(ls)
  fscopeEnd(fs)
  // Perform loop inversion. Loop control instructions are at the end.
  const loopend = bcemitAJ(fs, BC.FORL, base, NO_JMP)
  fs.line[loopend] = line // fix line for control ins
  jmpPatchins(fs, loopend, loop + 1)
  jmpPatchins(fs, loop, fs.pc)
}

/** Is the iterator set up at [pc] a call of pairs or next (by name)? */
function predictNext(ls: LexState, fs: FuncState, pc: number): boolean {
  const ins = fs.bc[pc]
  let name: string | null
  switch (bcOp(ins)) {
    case BC.MOV:
      if (bcD(ins) >= fs.nactvar) return false
      name = ls.vName[fs.varmap[bcD(ins)]]
      break
    case BC.UGET:
      name = ls.vName[fs.uvmap[bcD(ins)]]
      break
    case BC.GGET: {
      const d = bcD(ins)
      return constStrFind(fs, 'pairs') === d || constStrFind(fs, 'next') === d
    }
    default:
      return false
  }
  return name === 'pairs' || name === 'next'
}

/** Parse a generic 'for' with first variable [indexname]. */
function parseForIter(ls: LexState, indexname: string): void {
  const fs = ls.fs as FuncState
  const e = expNew()
  let nvars = 0
  const base = fs.freereg + 3
  const exprpc = fs.pc
  varNew(ls, nvars++, VARNAME_FOR_GEN) // hidden control variables
  varNew(ls, nvars++, VARNAME_FOR_STATE)
  varNew(ls, nvars++, VARNAME_FOR_CTL)
  varNew(ls, nvars++, indexname) // visible variables
  while (lexOpt(ls, 44)) varNew(ls, nvars++, lexStr(ls))
  lexCheck(ls, TK.IN)
  const line = ls.linenumber
  assignAdjust(ls, 3, exprList(ls, e), e)
  bcregBump(fs, 4) // iterator needs another 3 [4] slots (func [pc] | state ctl)
  const isnext = nvars <= 5 && fs.pc > exprpc && predictNext(ls, fs, exprpc)
  varAdd(ls, 3) // hidden control variables
  lexCheck(ls, TK.DO)
  const loop = bcemitAJ(fs, isnext ? BC.ISNEXT : BC.JMP, base, NO_JMP)
  fscopeBegin(fs, fscopeNew(), 0) // scope for visible variables
  varAdd(ls, nvars - 3)
  bcregReserve(fs, nvars - 3)
  parseBlock(ls)
  fscopeEnd(fs)
  // Perform loop inversion. Loop control instructions are at the end.
  jmpPatchins(fs, loop, fs.pc)
  bcemitINS(fs, bcIns(isnext ? BC.ITERN : BC.ITERC, base, nvars - 3 + 1, 3))
  const loopend = bcemitAJ(fs, BC.ITERL, base, NO_JMP)
  fs.line[loopend - 1] = line // fix line for control ins
  fs.line[loopend] = line
  jmpPatchins(fs, loopend, loop + 1)
}

/** Parse a 'for' statement starting at [line]. */
function parseFor(ls: LexState, line: number): void {
  const fs = ls.fs as FuncState
  fscopeBegin(fs, fscopeNew(), FSCOPE_LOOP)
  lexNextToken(ls) // skip 'for'
  const varname = lexStr(ls) // first variable name
  if (ls.tok === 61) parseForNum(ls, varname, line)
  else if (ls.tok === 44 || ls.tok === TK.IN) parseForIter(ls, varname)
  else lexSyntaxError(ls, "'=' or 'in' expected")
  lexMatch(ls, TK.END, TK.FOR, line)
  fscopeEnd(fs) // resolve break list
}

/** Parse a condition and 'then' block; returns the false exit list. */
function parseThen(ls: LexState): number {
  lexNextToken(ls) // skip 'if' or 'elseif'
  const condexit = exprCond(ls)
  lexCheck(ls, TK.THEN)
  parseBlock(ls)
  return condexit
}

/** Parse an 'if' statement starting at [line]. */
function parseIf(ls: LexState, line: number): void {
  const fs = ls.fs as FuncState
  let escapelist = NO_JMP
  let flist = parseThen(ls)
  while (ls.tok === TK.ELSEIF) { // parse multiple 'elseif' blocks
    escapelist = jmpAppend(fs, escapelist, bcemitJmp(fs))
    jmpTohere(fs, flist)
    flist = parseThen(ls)
  }
  if (ls.tok === TK.ELSE) { // parse optional 'else' block
    escapelist = jmpAppend(fs, escapelist, bcemitJmp(fs))
    jmpTohere(fs, flist)
    lexNextToken(ls) // skip 'else'
    parseBlock(ls)
  } else {
    escapelist = jmpAppend(fs, escapelist, flist)
  }
  jmpTohere(fs, escapelist)
  lexMatch(ls, TK.END, TK.IF, line)
}

// -- Statements -----------------------------------------------------------------------

/** Parse a statement; true if it must be the last one in a block. */
function parseStmt(ls: LexState): boolean {
  const line = ls.linenumber
  switch (ls.tok) {
    case TK.IF: parseIf(ls, line); break
    case TK.WHILE: parseWhile(ls, line); break
    case TK.DO:
      lexNextToken(ls)
      parseBlock(ls)
      lexMatch(ls, TK.END, TK.DO, line)
      break
    case TK.FOR: parseFor(ls, line); break
    case TK.REPEAT: parseRepeat(ls, line); break
    case TK.FUNCTION: parseFunc(ls, line); break
    case TK.LOCAL:
      lexNextToken(ls)
      parseLocal(ls)
      break
    case TK.RETURN:
      parseReturn(ls)
      return true // must be last
    case TK.BREAK:
      lexNextToken(ls)
      parseBreak(ls)
      return true // must be last in Lua 5.1
    default:
      parseCallAssign(ls)
      break
  }
  return false
}

/** Parse a chunk: statements optionally separated by semicolons. */
export function parseChunk(ls: LexState): void {
  let islast = false
  synlevelBegin(ls)
  while (!islast && !parseIsend(ls.tok)) {
    islast = parseStmt(ls)
    lexOpt(ls, 59) // ';'
    const fs = ls.fs as FuncState
    fs.freereg = fs.nactvar // free registers after each statement
  }
  ls.level--
}

// -- Entry point ----------------------------------------------------------------------

/** Options for compile(). */
export interface CompileOptions {
  /** Skip a first line starting with '#' (as lua's loadfile does). */
  skipShebang?: boolean
  /** LuaJIT's varargs: no 5.1 implicit `arg` local (argscan.ts); for
   *  bytecode listings that must match luajit -bl. */
  luajitVararg?: boolean
}

/** Compile the chunk [src] named [chunkname] (a binary string: "@file",
 *  "=name" or the source itself) into its main prototype. Throws only
 *  LuaCompileError. */
export function compile(src: Uint8Array, chunkname: string,
  opts?: CompileOptions): ProtoOut {
  try {
    argScanSetCompat(opts === undefined || opts.luajitVararg !== true)
    const ls = lexNew(src, chunkname, opts !== undefined && opts.skipShebang === true)
    ls.level = 1 // as lua5.1 when called through loadstring (nCcalls)
    const fs = fsInit(ls, 0)
    fs.flags |= PROTO_VARARG // main chunk is always a vararg func
    fscopeBegin(fs, fscopeNew(), 0)
    bcemitAD(fs, BC.FUNCV, 0, 0) // placeholder
    lexNextToken(ls) // read-ahead first token
    parseChunk(ls)
    if (ls.tok !== TK.EOF) errToken(ls, TK.EOF)
    return fsFinish(ls, ls.linenumber)
  } catch (e) {
    if (e instanceof LuaCompileError) throw e
    // Host failures (out of memory, stack overflow) become compile errors.
    const text = e instanceof Error ? e.message : String(e)
    const what = !(e instanceof RangeError) ? 'internal compiler error: ' + text
      : /call stack/i.test(text) ? 'chunk has too many syntax levels'
        : 'not enough memory'
    const id = chunkId(chunkname, MAXSRC)
    throw new LuaCompileError(id + ': ' + what, 0, 0, chunkname, what)
  }
}

