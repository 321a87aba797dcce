// 5.1 LUA_COMPAT_VARARG support: does a vararg function's body use `...`?
//
// Lua 5.1 gives every vararg function that never mentions `...` a hidden
// local `arg` (a table of the extra arguments, built at call time; see
// src/vm/compat.ts). The local must get its register right after the
// fixed parameters, before the body is parsed, so the parser asks here
// first: argScan tokenizes ahead from the current position (just after the
// parameter list) to the `end` that closes the function, on a saved copy
// of the scanner state, and reports whether `...` appears outside nested
// functions. Functions that use `...` then compile exactly as LuaJIT
// compiles them (no extra register).
//
// Block nesting is tracked by keyword: if/do/function/repeat open a block,
// end/until close one (while and for open theirs with `do`). A lexical
// error while looking ahead ends the scan ("uses `...`": no `arg` local);
// the real parse reports the error at its own position.
import { TK, lexNextToken, type LexState } from './lex'

/** Scanner fields saved around the look-ahead. */
interface ScanSave {
  p: number; c: number; linenumber: number; lastline: number; linestart: number
  tok: number; tokS: string; tokN: number; tokCol: number
  ahead: number; aheadS: string; aheadN: number; aheadCol: number
  lastKind: number; lastStart: number; lastEnd: number; sblen: number
}

/** Whether compile gives vararg functions the `arg` local (the default;
 *  CompileOptions.luajitVararg turns it off for LuaJIT-identical listings). */
let compat = true

/** Set by compile for the chunk it is about to parse. */
export function argScanSetCompat(on: boolean): void {
  compat = on
}

/** True when the body starting at [ls]'s current token uses `...` at its
 *  own level (not inside nested functions). The scanner is left as found. */
export function argScanUsesDots(ls: LexState): boolean {
  if (!compat) return true
  const s: ScanSave = {
    p: ls.p, c: ls.c, linenumber: ls.linenumber, lastline: ls.lastline, linestart: ls.linestart,
    tok: ls.tok, tokS: ls.tokS, tokN: ls.tokN, tokCol: ls.tokCol,
    ahead: ls.ahead, aheadS: ls.aheadS, aheadN: ls.aheadN, aheadCol: ls.aheadCol,
    lastKind: ls.lastKind, lastStart: ls.lastStart, lastEnd: ls.lastEnd, sblen: ls.sblen,
  }
  let uses = true
  try {
    uses = scanBody(ls)
  } catch {
    uses = true
  }
  ls.p = s.p; ls.c = s.c; ls.linenumber = s.linenumber; ls.lastline = s.lastline; ls.linestart = s.linestart
  ls.tok = s.tok; ls.tokS = s.tokS; ls.tokN = s.tokN; ls.tokCol = s.tokCol
  ls.ahead = s.ahead; ls.aheadS = s.aheadS; ls.aheadN = s.aheadN; ls.aheadCol = s.aheadCol
  ls.lastKind = s.lastKind; ls.lastStart = s.lastStart; ls.lastEnd = s.lastEnd; ls.sblen = s.sblen
  return uses
}

/** Token loop of argScanUsesDots. */
function scanBody(ls: LexState): boolean {
  let depth = 0 // open blocks inside the body
  let fnDepth = 0 // how many of them are nested functions
  const isFn: boolean[] = []
  for (let t = ls.tok; t !== TK.EOF; lexNextToken(ls), t = ls.tok) {
    if (t === TK.DOTS) { if (fnDepth === 0) return true }
    else if (t === TK.IF || t === TK.DO || t === TK.REPEAT || t === TK.FUNCTION) {
      isFn[depth++] = t === TK.FUNCTION
      if (t === TK.FUNCTION) fnDepth++
    } else if (t === TK.END || t === TK.UNTIL) {
      if (depth === 0) return false
      if (isFn[--depth]) fnDepth--
    }
  }
  return false
}
