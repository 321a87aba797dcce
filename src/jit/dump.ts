// -jdump: IR listings in LuaJIT's text layout (jit/dump.lua).
//
//   ---- TRACE 1 IR
//   ....        SNAP   #0   [ ---- ---- ]
//   0001 >  int SLOAD  #3    CI
//   0002 >  num SLOAD  #2    T
//   0003    num CONV   0001  num.int
//   0004  + num ADD    0003  0002
//   ....        SNAP   #1   [ ---- ---- 0004 ]
//   0007 ------ LOOP ------------
//   0012    int PHI    0005  0010
//
// Columns: ref (counted from the bias), '>' for a guard, '+' for a PHI
// operand, the 3-letter type, the op padded to 6, then the operands: refs
// as 4 digits, constants inline (+1, "key", "key" @3, nil), literals
// symbolically (SLOAD #slot and mode letters PFTCRIK, CONV dst.src, FLOAD
// field names, UREF #index). Snapshot lines list slots from 0 up to the
// highest one written; "----" is an unmodified slot. Lines are trimmed at
// the end (LuaJIT pads the last operand).
import {
  IR, IR_NAMES, IRT, IRT_NAMES, IRT_TYPE, IRT_GUARD, IRT_ISPHI, IRFL_NAMES, IRFPM_NAMES, IRSLOAD_LETTERS,
  IRCONV_DSH, IRCONV_SRCMASK, IRCONV_CHECK, REF_BIAS, REF_FIRST, IRMO, irmOp1, irmOp2,
} from '../../soa/ir'
import { SNAP_FRAME, snapFlags, snapRef, snapSlot } from '../../soa/snap'
import { numToStr } from '../rt/numfmt'
import { strToJS } from '../rt/str'
import type { Heap } from '../rt/heap'
import type { Trace } from './state'

/** The -jdump IR listing of trace [T] (strings resolved through [H]). */
export function jitDumpTrace(H: Heap | null, T: Trace): string {
  const lines: string[] = ['---- TRACE ' + T.no + ' IR']
  let sn = 0
  for (let r = REF_FIRST; r < T.nins; r++) {
    while (sn < T.nsnap && T.snapRef[sn] <= r) lines.push(dumpSnap(H, T, sn++))
    const i = (r - T.nk) << 2
    const o = T.ir[i] >>> 8
    if (o === IR.NOP) continue
    const num = String(r - REF_BIAS).padStart(4, '0')
    if (o === IR.LOOP) { lines.push(num + ' ------ LOOP ------------'); continue }
    const t = T.ir[i] & 0xff
    const g = (t & IRT_GUARD) !== 0 ? '>' : ' '
    const p = (t & IRT_ISPHI) !== 0 ? '+' : ' '
    let s = num + ' ' + g + p + ' ' + IRT_NAMES[t & IRT_TYPE] + ' ' + IR_NAMES[o].padEnd(6)
    const a = T.ir[i + 1], b = T.ir[i + 2]
    if (irmOp1(o) !== IRMO.none) s += ' ' + fmtOp(H, T, o, 1, a).padEnd(4)
    if (irmOp2(o) !== IRMO.none && !(o >= IR.ALOAD && o <= IR.ULOAD) && o !== IR.NEG && o !== IR.TOBIT && o !== IR.XLOAD) {
      s += '  ' + fmtOp(H, T, o, 2, b)
    }
    lines.push(s.trimEnd())
  }
  while (sn < T.nsnap) lines.push(dumpSnap(H, T, sn++))
  return lines.join('\n') + '\n'
}

/** Format operand [n] (1 or 2) with value [x] of op [o]. */
function fmtOp(H: Heap | null, T: Trace, o: number, n: number, x: number): string {
  if (o === IR.TNEW) return '#' + x
  if (o === IR.SLOAD) {
    if (n === 1) return '#' + x
    let f = ''
    for (let k = 0; k < IRSLOAD_LETTERS.length; k++) if ((x & (1 << k)) !== 0) f += IRSLOAD_LETTERS[k]
    return f
  }
  if (n === 2) {
    if (o === IR.FLOAD) return IRFL_NAMES[x]
    if (o === IR.CONV) {
      const s = IRT_NAMES[(x >>> IRCONV_DSH) & IRT_TYPE] + '.' + IRT_NAMES[x & IRCONV_SRCMASK]
      return (x & IRCONV_CHECK) !== 0 ? s + ' check' : s
    }
    if (o === IR.UREFO || o === IR.UREFC) return '#' + (x & 0xff) + (x >>> 8 !== 0 ? ' @' + (x >>> 8) : '')
    if (o === IR.FPMATH) return IRFPM_NAMES[x]
  }
  return fmtRef(H, T, x)
}

/** Format ref [r]: an instruction number or an inline constant. */
function fmtRef(H: Heap | null, T: Trace, r: number): string {
  if (r >= REF_BIAS) return String(r - REF_BIAS).padStart(4, '0')
  const i = (r - T.nk) << 2
  const o = T.ir[i] >>> 8
  const t = T.ir[i] & IRT_TYPE
  switch (o) {
    case IR.KPRI: return t === IRT.NIL ? 'nil' : t === IRT.FALSE ? 'false' : 'true'
    case IR.KINT: {
      const v = (T.ir[i + 1] | (T.ir[i + 2] << 16)) | 0
      return (v >= 0 ? '+' : '') + v
    }
    case IR.KNUM: {
      const v = T.kv[REF_BIAS - r]
      const s = numToStr(v)
      return v > 0 || (v === 0 && 1 / v > 0) ? '+' + s : s
    }
    case IR.KGC: {
      const id = new Uint32Array(T.kv.buffer, T.kv.byteOffset)[2 * (REF_BIAS - r)]
      if (t === IRT.STR) return H !== null ? JSON.stringify(strToJS(H, id)) : '"#' + id + '"'
      return '{' + IRT_NAMES[t] + ':' + id + '}'
    }
    case IR.KSLOT: return fmtRef(H, T, T.ir[i + 1]) + ' @' + T.ir[i + 2]
    default: return '?' + IR_NAMES[o]
  }
}

/** One snapshot line. */
function dumpSnap(H: Heap | null, T: Trace, n: number): string {
  const ofs = T.snapOfs[n], ne = T.snapNent[n]
  let top = 1
  for (let e = ofs; e < ofs + ne; e++) { const s = snapSlot(T.snapMap[e]); if (s > top) top = s }
  const cells: string[] = []
  let e = ofs
  for (let s = 0; s <= top; s++) {
    if (e < ofs + ne && snapSlot(T.snapMap[e]) === s) {
      const ent = T.snapMap[e++]
      cells.push(fmtRef(H, T, snapRef(ent)) + ((snapFlags(ent) & SNAP_FRAME) !== 0 ? '|' : ''))
    }
    else cells.push('----')
  }
  return '....        SNAP   #' + String(n).padEnd(3) + ' [ ' + cells.join(' ') + ' ]'
}
