// Expression parser: primary/simple expressions, operators by priority,
// table constructors, function bodies and call arguments (lj_parse.c's
// expression half), emitting bytecode through emit.ts as it goes.
//
// Operator precedence is climbed with LuaJIT's (left, right) priority pairs;
// right-associative operators (.. and ^) have right < left. A call leaves
// one result by default (B = 2); statement and assignment code later patches
// B to 1 (no results), 0 (all results) or n+1.
//
// Calls use LuaJIT's GC64 two-slot frame: the function at base, the frame
// link at base+1, arguments from base+2, so C of CALL = nargs+1 counts from
// base+2 (freereg - base - 1).

import { BC, BCMAX_C, bcA, bcIns, bcInsAD, bcSetB } from '../../soa/bc'
import { PROTO_VARARG, PROTO_NEEDSARG } from '../../soa/proto'
import { argScanUsesDots } from './argscan'
import { type LexState, TK, lexNextToken, lexLookahead,
  lexSyntaxError, lexToken2Str, lexErrorNear } from './lex'
import { type FuncState, type TemplateTab, LJ_MAX_XLEVEL, bcemitAD, bcemitINS,
  bcregReserve, constNum, constStr, constTab, constProto, varNew, varAdd,
  varLookupLocal, varLookupUv, fscopeUvmark, fscopeBegin, fscopeNew, fsInit,
  fsFinish, fsMarkChild } from './funcstate'
import { type ExpDesc, VKNIL, VKFALSE, VKTRUE, VKSTR, VKNUM, VLOCAL, VUPVAL,
  VGLOBAL, VINDEXED, VRELOCABLE, VNONRELOC, VCALL, VVOID, OPR_ADD, OPR_SUB,
  OPR_MUL, OPR_DIV, OPR_MOD, OPR_POW, OPR_CONCAT, OPR_NE, OPR_EQ, OPR_LT,
  OPR_GE, OPR_LE, OPR_GT, OPR_AND, OPR_OR, OPR_NOBINOPR, expNew, exprInit,
  exprIsk, exprIskNojump, numIsIntIn, exprDischarge, exprToanyreg, exprToval,
  exprTonextreg, bcemitStore, bcemitMethod, bcemitBinopLeft, bcemitBinop,
  bcemitUnop, bcemitBranchT } from './emit'
import { parseChunk } from './parse'

// -- Token helpers ------------------------------------------------------------------

/** The current token (a call, so that narrowing does not stick). */
export function curTok(ls: LexState): number {
  return ls.tok
}

/** Consume [tok] if it is the current token. */
export function lexOpt(ls: LexState, tok: number): boolean {
  if (ls.tok === tok) { lexNextToken(ls); return true }
  return false
}

/** Error "'tok' expected" near the current token. */
export function errToken(ls: LexState, tok: number): never {
  lexSyntaxError(ls, "'" + lexToken2Str(tok) + "' expected")
}

/** Check and consume [tok]. */
export function lexCheck(ls: LexState, tok: number): void {
  if (ls.tok !== tok) errToken(ls, tok)
  lexNextToken(ls)
}

/** Check for [what] closing [who] opened at [line]. */
export function lexMatch(ls: LexState, what: number, who: number, line: number): void {
  if (!lexOpt(ls, what)) {
    if (line === ls.linenumber) errToken(ls, what)
    lexSyntaxError(ls, "'" + lexToken2Str(what) + "' expected (to close '" +
      lexToken2Str(who) + "' at line " + line + ')')
  }
}

/** Check and consume a name; returns it. */
export function lexStr(ls: LexState): string {
  if (ls.tok !== TK.NAME) errToken(ls, TK.NAME)
  const s = ls.tokS
  lexNextToken(ls)
  return s
}

/** Enter a syntactic level. */
export function synlevelBegin(ls: LexState): void {
  if (++ls.level >= LJ_MAX_XLEVEL) {
    lexErrorNear(ls, 'chunk has too many syntax levels', null, ls.tokCol)
  }
}

// -- Variable lookup ------------------------------------------------------------------

/** Resolve [name] in [fs] and its parents into [e]; returns the variable
 *  index, or -1 for a global. [first]: fs is the current function. */
function varLookup(fs: FuncState | null, name: string, e: ExpDesc, first: boolean): number {
  if (fs !== null) {
    const reg = varLookupLocal(fs, name)
    if (reg >= 0) { // local in this function
      exprInit(e, VLOCAL, reg)
      if (!first) fscopeUvmark(fs, reg) // scope now has an upvalue
      e.aux = fs.varmap[reg]
      return e.aux
    }
    const vidx = varLookup(fs.prev, name, e, false) // var in outer func?
    if (vidx >= 0) { // yes, make it an upvalue here
      e.info = varLookupUv(fs, vidx, e.k === VLOCAL, e.info)
      e.k = VUPVAL
      return vidx
    }
    return -1
  }
  exprInit(e, VGLOBAL, 0) // not found in any function: a global
  e.sval = name
  return -1
}

/** Parse a name and resolve it into [e]. */
export function varLookupName(ls: LexState, e: ExpDesc): void {
  varLookup(ls.fs, lexStr(ls), e, true)
}

// -- Primary expressions ------------------------------------------------------------

/** Parse a name as a string constant into [e]. */
function exprStr(ls: LexState, e: ExpDesc): void {
  exprInit(e, VKSTR, 0)
  e.sval = lexStr(ls)
}

/** Turn [t] into VINDEXED with key [e] (already exprToval'd). */
export function exprIndex(fs: FuncState, t: ExpDesc, e: ExpDesc): void {
  t.k = VINDEXED
  if (e.k === VKNUM) {
    if (numIsIntIn(e.nval, 0, 255)) {
      t.aux = BCMAX_C + 1 + e.nval // 256..511: const byte key
      return
    }
  } else if (e.k === VKSTR) {
    const idx = constStr(fs, e.sval)
    if (idx <= BCMAX_C) {
      t.aux = ~idx // -256..-1: const string key
      return
    }
  }
  t.aux = exprToanyreg(fs, e) // 0..255: register
}

/** Parse `.name` or `:name` after [v]. */
export function exprField(ls: LexState, v: ExpDesc): void {
  const fs = ls.fs as FuncState
  const key = expNew()
  exprToanyreg(fs, v)
  lexNextToken(ls) // skip dot or colon
  exprStr(ls, key)
  exprIndex(fs, v, key)
}

/** Parse `[expr]` into [v]. */
function exprBracket(ls: LexState, v: ExpDesc): void {
  lexNextToken(ls) // skip '['
  expr(ls, v)
  exprToval(ls.fs as FuncState, v)
  lexCheck(ls, 93) // ']'
}

/** Template key/value of constant [e]. */
function exprKvalue(e: ExpDesc): number | boolean | string | null {
  if (e.k === VKNIL) return null
  if (e.k === VKFALSE) return false
  if (e.k === VKTRUE) return true
  if (e.k === VKSTR) return e.sval
  return e.nval === 0 ? 0 : e.nval
}

/** hsize2hbits: log2 size of a hash part for [s] entries. */
function hsize2hbits(s: number): number {
  if (s === 0) return 0
  if (s === 1) return 1
  return 1 + (31 - Math.clz32(s - 1))
}

/** Set [key] = [val] in template [t] (insertion order kept). */
function tabSet(t: TemplateTab, key: number | boolean | string,
  val: number | boolean | string | null): void {
  if (!t.map.has(key)) t.keys.push(key)
  t.map.set(key, val)
}

/** Parse a table constructor into [e]. */
function exprTable(ls: LexState, e: ExpDesc): void {
  const fs = ls.fs as FuncState
  const line = ls.linenumber
  let t: TemplateTab | null = null
  let vcall = false
  let needarr = false
  let narr = 1 // first array index
  let nhash = 0 // number of hash entries
  let freg = fs.freereg
  const pc = bcemitAD(fs, BC.TNEW, freg, 0)
  exprInit(e, VNONRELOC, freg)
  bcregReserve(fs, 1)
  freg++
  lexCheck(ls, 123) // '{'
  const key = expNew()
  const val = expNew()
  while (ls.tok !== 125) { // '}'
    vcall = false
    if (ls.tok === 91) { // '['
      exprBracket(ls, key) // already calls exprToval
      if (!exprIsk(key)) exprIndex(fs, e, key)
      if (key.k === VKNUM && key.nval === 0) needarr = true
      else nhash++
      lexCheck(ls, 61) // '='
    } else if (ls.tok === TK.NAME && lexLookahead(ls) === 61) {
      exprStr(ls, key)
      lexCheck(ls, 61)
      nhash++
    } else {
      exprInit(key, VKNUM, 0)
      key.nval = narr
      narr++
      needarr = vcall = true
    }
    expr(ls, val)
    let nonconst = true
    if (exprIsk(key) && key.k !== VKNIL &&
      (key.k === VKSTR || exprIskNojump(val))) {
      if (t === null) { // create template table on demand
        t = { keys: [], map: new Map(), asize: needarr ? narr : 0 }
        const kidx = constTab(fs, t)
        fs.bc[pc] = bcInsAD(BC.TDUP, freg - 1, kidx)
      }
      vcall = false
      const kv = exprKvalue(key) as number | boolean | string
      if (exprIskNojump(val)) { // add const key/value to template table
        tabSet(t, kv, exprKvalue(val))
        nonconst = false
      } else { // preserve the key for the following non-const store
        tabSet(t, kv, null)
      }
    }
    if (nonconst) {
      if (val.k !== VCALL) { exprToanyreg(fs, val); vcall = false }
      if (exprIsk(key)) exprIndex(fs, e, key)
      bcemitStore(fs, e, val)
    }
    fs.freereg = freg
    if (!lexOpt(ls, 44) && !lexOpt(ls, 59)) break // ',' ';'
  }
  lexMatch(ls, 125, 123, line)
  if (vcall) {
    let ipc = fs.pc - 1
    const en = 4503599627370496 + narr - 1 // biased integer (2^52 + n)
    if (narr > 256) { fs.pc--; ipc-- }
    fs.bc[ipc] = bcInsAD(BC.TSETM, freg, constNum(fs, en))
    fs.bc[ipc - 1] = bcSetB(fs.bc[ipc - 1], 0)
  }
  if (pc === fs.pc - 1) { // make expr relocable if possible
    e.info = pc
    fs.freereg--
    e.k = VRELOCABLE
  } else {
    e.k = VNONRELOC // may have been changed by exprIndex
  }
  if (t === null) { // TNEW D: hhhhhaaaaaaaaaaa
    if (!needarr) narr = 0
    else if (narr < 3) narr = 3
    else if (narr > 0x7ff) narr = 0x7ff
    fs.bc[pc] = bcInsAD(BC.TNEW, bcA(fs.bc[pc]), narr | (hsize2hbits(nhash) << 11))
  } else if (needarr && t.asize < narr) {
    t.asize = narr
  }
}

// -- Function bodies and calls ------------------------------------------------------

/** Parse a parameter list; returns the number of fixed parameters. */
function parseParams(ls: LexState, needself: boolean): number {
  const fs = ls.fs as FuncState
  let nparams = 0
  lexCheck(ls, 40) // '('
  if (needself) varNew(ls, nparams++, 'self')
  if (ls.tok !== 41) { // ')'
    do {
      if (ls.tok === TK.NAME) {
        varNew(ls, nparams++, lexStr(ls))
      } else if (ls.tok === TK.DOTS) {
        lexNextToken(ls)
        fs.flags |= PROTO_VARARG
        // -- 5.1 LUA_COMPAT_VARARG (suite branch): local `arg` after the
        // fixed parameters; the VM fills it unless the body uses `...`.
        if (!argScanUsesDots(ls)) {
          varNew(ls, nparams, 'arg')
          fs.flags |= PROTO_NEEDSARG
        }
        // -- end LUA_COMPAT_VARARG
        break
      } else {
        lexSyntaxError(ls, "<name> or '...' expected")
      }
    } while (lexOpt(ls, 44))
  }
  const nvars = nparams + ((fs.flags & PROTO_NEEDSARG) !== 0 ? 1 : 0) // + `arg` (5.1 compat)
  varAdd(ls, nvars)
  bcregReserve(fs, nvars)
  lexCheck(ls, 41)
  return nparams
}

/** Parse a function body into [e] (an FNEW); [line] is its first line. */
export function parseBody(ls: LexState, e: ExpDesc, needself: boolean, line: number): void {
  const pfs = ls.fs as FuncState
  const fs = fsInit(ls, line)
  fscopeBegin(fs, fscopeNew(), 0)
  fs.numparams = parseParams(ls, needself)
  bcemitAD(fs, BC.FUNCF, 0, 0) // placeholder
  parseChunk(ls)
  if (ls.tok !== TK.END) lexMatch(ls, TK.END, TK.FUNCTION, line)
  ls.lastline = ls.linenumber
  const pt = fsFinish(ls, ls.linenumber)
  exprInit(e, VRELOCABLE, bcemitAD(pfs, BC.FNEW, 0, constProto(pfs, pt)))
  fsMarkChild(pfs)
  lexNextToken(ls)
}

/** Parse an expression list; the last one is left open in [v]. */
export function exprList(ls: LexState, v: ExpDesc): number {
  let n = 1
  expr(ls, v)
  while (lexOpt(ls, 44)) {
    exprTonextreg(ls.fs as FuncState, v)
    expr(ls, v)
    n++
  }
  return n
}

/** Parse call arguments and emit the call of [e]. */
function parseArgs(ls: LexState, e: ExpDesc): void {
  const fs = ls.fs as FuncState
  const args = expNew()
  const line = ls.linenumber
  if (ls.tok === 40) { // '('
    if (line !== ls.lastline) {
      lexSyntaxError(ls, 'ambiguous syntax (function call x new statement)')
    }
    lexNextToken(ls)
    if (curTok(ls) === 41) { // f()
      args.k = VVOID
    } else {
      exprList(ls, args)
      if (args.k === VCALL) { // f(a, b, g()) or f(a, b, ...)
        fs.bc[args.info] = bcSetB(fs.bc[args.info], 0) // multiple results
      }
    }
    lexMatch(ls, 41, 40, line)
  } else if (ls.tok === 123) { // '{'
    exprTable(ls, args)
  } else if (ls.tok === TK.STRING) {
    exprInit(args, VKSTR, 0)
    args.sval = ls.tokS
    lexNextToken(ls)
  } else {
    lexSyntaxError(ls, 'function arguments expected')
  }
  const base = e.info // base register for call
  let ins: number
  if (args.k === VCALL) {
    ins = bcIns(BC.CALLM, base, 2, args.aux - base - 2)
  } else {
    if (args.k !== VVOID) exprTonextreg(fs, args)
    ins = bcIns(BC.CALL, base, 2, fs.freereg - base - 1)
  }
  exprInit(e, VCALL, bcemitINS(fs, ins))
  e.aux = base
  fs.line[fs.pc - 1] = line
  fs.freereg = base + 1 // leave one result by default
}

/** Parse a primary expression (name or parenthesised, plus suffixes). */
export function exprPrimary(ls: LexState, v: ExpDesc): void {
  const fs = ls.fs as FuncState
  if (ls.tok === 40) { // '('
    const line = ls.linenumber
    lexNextToken(ls)
    expr(ls, v)
    lexMatch(ls, 41, 40, line)
    exprDischarge(fs, v)
  } else if (ls.tok === TK.NAME) {
    varLookupName(ls, v)
  } else {
    lexSyntaxError(ls, 'unexpected symbol')
  }
  for (;;) { // parse multiple expression suffixes
    const tok = curTok(ls)
    if (tok === 46) { // '.'
      exprField(ls, v)
    } else if (tok === 91) { // '['
      const key = expNew()
      exprToanyreg(fs, v)
      exprBracket(ls, key)
      exprIndex(fs, v, key)
    } else if (tok === 58) { // ':'
      const key = expNew()
      lexNextToken(ls)
      exprStr(ls, key)
      bcemitMethod(fs, v, key)
      parseArgs(ls, v)
    } else if (tok === 40 || tok === TK.STRING || tok === 123) {
      exprTonextreg(fs, v)
      bcregReserve(fs, 1) // frame link slot (GC64)
      parseArgs(ls, v)
    } else {
      break
    }
  }
}

/** Parse a simple expression: constant, vararg, table, function, primary. */
function exprSimple(ls: LexState, v: ExpDesc): void {
  switch (ls.tok) {
    case TK.NUMBER:
      exprInit(v, VKNUM, 0)
      v.nval = ls.tokN
      break
    case TK.STRING:
      exprInit(v, VKSTR, 0)
      v.sval = ls.tokS
      break
    case TK.NIL: exprInit(v, VKNIL, 0); break
    case TK.TRUE: exprInit(v, VKTRUE, 0); break
    case TK.FALSE: exprInit(v, VKFALSE, 0); break
    case TK.DOTS: { // vararg
      const fs = ls.fs as FuncState
      if ((fs.flags & PROTO_VARARG) === 0) {
        lexSyntaxError(ls, "cannot use '...' outside a vararg function")
      }
      fs.flags &= ~PROTO_NEEDSARG // 5.1 compat: `...` used, no `arg` table
      bcregReserve(fs, 1)
      const base = fs.freereg - 1
      exprInit(v, VCALL, bcemitINS(fs, bcIns(BC.VARG, base, 2, fs.numparams)))
      v.aux = base
      break
    }
    case 123: // '{'
      exprTable(ls, v)
      return
    case TK.FUNCTION:
      lexNextToken(ls)
      parseBody(ls, v, false, ls.linenumber)
      return
    default:
      exprPrimary(ls, v)
      return
  }
  lexNextToken(ls)
}

// -- Operators ----------------------------------------------------------------------

/** Binary operator of token [tok]. */
function token2binop(tok: number): number {
  switch (tok) {
    case 43: return OPR_ADD // '+'
    case 45: return OPR_SUB // '-'
    case 42: return OPR_MUL // '*'
    case 47: return OPR_DIV // '/'
    case 37: return OPR_MOD // '%'
    case 94: return OPR_POW // '^'
    case TK.CONCAT: return OPR_CONCAT
    case TK.NE: return OPR_NE
    case TK.EQ: return OPR_EQ
    case 60: return OPR_LT // '<'
    case TK.LE: return OPR_LE
    case 62: return OPR_GT // '>'
    case TK.GE: return OPR_GE
    case TK.AND: return OPR_AND
    case TK.OR: return OPR_OR
    default: return OPR_NOBINOPR
  }
}

// Left and right priorities per operator. ORDER OPR.
const PRI_LEFT = new Uint8Array([6, 6, 7, 7, 7, 10, 5, 3, 3, 3, 3, 3, 3, 2, 1])
const PRI_RIGHT = new Uint8Array([6, 6, 7, 7, 7, 9, 4, 3, 3, 3, 3, 3, 3, 2, 1])
/** Priority of unary operators. */
const UNARY_PRIORITY = 8

/** Parse a unary expression. */
function exprUnop(ls: LexState, v: ExpDesc): void {
  let op: number
  if (ls.tok === TK.NOT) op = BC.NOT
  else if (ls.tok === 45) op = BC.UNM
  else if (ls.tok === 35) op = BC.LEN // '#'
  else { exprSimple(ls, v); return }
  lexNextToken(ls)
  exprBinop(ls, v, UNARY_PRIORITY)
  bcemitUnop(ls.fs as FuncState, op, v)
}

/** Parse binary expressions with priority above [limit]; returns the
 *  first operator not consumed. */
function exprBinop(ls: LexState, v: ExpDesc, limit: number): number {
  synlevelBegin(ls)
  exprUnop(ls, v)
  let op = token2binop(ls.tok)
  while (op !== OPR_NOBINOPR && PRI_LEFT[op] > limit) {
    const v2 = expNew()
    lexNextToken(ls)
    bcemitBinopLeft(ls.fs as FuncState, op, v)
    const nextop = exprBinop(ls, v2, PRI_RIGHT[op])
    bcemitBinop(ls.fs as FuncState, op, v, v2)
    op = nextop
  }
  ls.level--
  return op
}

/** Parse an expression into [v]. */
export function expr(ls: LexState, v: ExpDesc): void {
  exprBinop(ls, v, 0)
}

/** Parse an expression into the next free register. */
export function exprNext(ls: LexState): void {
  const e = expNew()
  expr(ls, e)
  exprTonextreg(ls.fs as FuncState, e)
}

/** Parse a condition; returns its false-exit jump list. */
export function exprCond(ls: LexState): number {
  const v = expNew()
  expr(ls, v)
  if (v.k === VKNIL) v.k = VKFALSE
  bcemitBranchT(ls.fs as FuncState, v)
  return v.f
}

