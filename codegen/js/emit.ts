// JS backend: IR -> JavaScript source -> new Function, one function per trace.
//
// One forward walk over the trace's IR writes a function body:
//
//   function trace_N(F, U, base) {
//     const C_tabArr = H.tabArr, ...          heap columns, read per entry
//     let v1 = 0, v2 = 0, ..., ex = 0         one local per value ref
//     T: {
//       ...pre-roll...                         refs before LOOP
//       for (;;) {
//         ...loop body...
//         const p0 = v9, p1 = v10; v4 = p0; v5 = p1   PHIs: parallel copy
//       }
//     }
//     switch (ex) {                            exits: that snapshot only
//       case 1: F[base + 0] = v4; return 1
//       ...
//     }
//   }
//
// Values: num and int are JS numbers (int kept int32 with |0), GC objects
// are u32 ids, primitives have no local (the type says it all). A guard is
// `if (!(cond)) { ex = k; break T }` where k is the newest snapshot taken at
// or before the guard's ref. Loads test the tag word first: a number test
// is `U[2*s+1] < 0xfffffff2`, any other type an equality with its tag.
// Stores of numbers go through F, everything else as two u32 words.
//
// The heap columns (H.tabArr ...) are re-read at every entry because the
// stores may replace them when they grow; traces themselves never
// allocate, so the copies stay valid for the whole run of the trace.
import {
  IR, IRT, IRT_TYPE, IRFL, IRSLOAD_TYPECHECK, IRSLOAD_CONVERT, IRCONV_DSH, IRCONV_CHECK,
  REF_BIAS, REF_FIRST, irtToTag,
} from '../../soa/ir'
import { snapRef, snapSlot } from '../../soa/snap'
import type { Heap } from '../../src/rt/heap'
import type { Trace, TraceFn } from '../../src/jit/state'
import { luaPow } from '../../src/vm/meta'
import { STACK_MAX } from '../../src/vm/state'
import { tabLen, tabDup, tabNew, tabSetStr } from '../../src/rt/tab'

const TAG_NUMX = '0xfffffff2'

/** Heap column names per FLOAD field, with the expression suffix. */
const FIELD_COL: readonly string[] = [
  'strLen', 'fnEnv', 'fnUv', 'tabMeta', 'tabArr', 'tabAsize', 'tabShape', 'tabFields',
  'tabNode', 'tabHmask', 'tabNomm', 'fnProto', 'fnHost', 'typeMeta',
]

/** Math function per IRFPM sub-op. */
const FPM_JS: readonly string[] = ['floor', 'ceil', 'trunc', 'sqrt', 'log', 'log2', 'exp', 'sin', 'cos', 'tan']

/** Helpers the generated code calls. */
interface JsHelpers {
  pow: (a: number, b: number) => number
  len: (H: Heap, t: number) => number
  tobit: (n: number) => number
  tdup: (H: Heap, t: number) => number
  tnew: (H: Heap, narr: number, nhash: number) => number
  newref: (H: Heap, t: number, key: number) => number
}
const TOBIT_F = new Float64Array(1)
const TOBIT_U = new Uint32Array(TOBIT_F.buffer)
/** BitOp's int32 normalisation of a non-int32 number (lj_num2bit). */
function tobitSlow(n: number): number {
  TOBIT_F[0] = n + 6755399441055744
  return TOBIT_U[0] | 0
}
const HELPERS: JsHelpers = { pow: luaPow, len: tabLen, tobit: tobitSlow, tdup: tabDup, tnew: tabNew, newref: tabSetStr }
/** Placeholder for the column reloads after an allocation (filled in at the end). */
const RELOAD = '/*RELOAD*/'

/** Compile [T]: the entry function, or null when new Function is refused. */
export function jsCompile(H: Heap, T: Trace): TraceFn | null {
  const src = jsSource(T)
  T.src = src
  try {
    const mk = new Function('H', 'X', src) as (H: Heap, X: JsHelpers) => TraceFn
    return mk(H, HELPERS)
  } catch {
    return null
  }
}

/** Word offset of [ref] in [T]'s IR. */
function w(T: Trace, ref: number): number { return (ref - T.nk) << 2 }
/** Opcode of [ref]. */
function opOf(T: Trace, ref: number): number { return T.ir[w(T, ref)] >>> 8 }
/** IR type of [ref]. */
function typeOf(T: Trace, ref: number): number { return T.ir[w(T, ref)] & IRT_TYPE }

/** JS expression for the value of [ref] (a local or an inline constant). */
function val(T: Trace, ref: number): string {
  if (ref >= REF_BIAS) return 'v' + (ref - REF_BIAS)
  const o = opOf(T, ref)
  const i = w(T, ref)
  if (o === IR.KNUM) return numLit(T.kv[REF_BIAS - ref])
  if (o === IR.KINT) return '(' + ((T.ir[i + 1] | (T.ir[i + 2] << 16)) | 0) + ')'
  if (o === IR.KGC) return String(new Uint32Array(T.kv.buffer, T.kv.byteOffset)[2 * (REF_BIAS - ref)])
  if (o === IR.KSLOT) return String(T.ir[i + 2])
  return '0'
}

/** A JS literal for double [n]. */
function numLit(n: number): string {
  if (n !== n) return 'NaN'
  if (n === 0) return 1 / n < 0 ? '(-0)' : '0'
  if (n === Infinity) return 'Infinity'
  if (n === -Infinity) return '(-Infinity)'
  return n < 0 ? '(' + String(n) + ')' : String(n)
}

/** Does [ref]'s op produce a value held in a local? */
function hasValue(T: Trace, ref: number): boolean {
  const o = opOf(T, ref)
  if (o <= IR.RETF || o === IR.NOP || o === IR.LOOP || o === IR.PHI || o === IR.BASE) return false
  if (o >= IR.ASTORE && o <= IR.XSTORE) return false
  const t = typeOf(T, ref)
  return t > IRT.TRUE
}

/** Code loading a typed value of type [t] from arena slot expression [s] into [dst]. */
function loadTyped(dst: string, s: string, t: number, exit: string): string {
  if (t === IRT.NUM) return `if (!(U[2 * ${s} + 1] < ${TAG_NUMX})) ${exit} ${dst} = F[${s}];`
  const tag = '0x' + irtToTag(t).toString(16)
  if (t <= IRT.TRUE) return `if (U[2 * ${s} + 1] !== ${tag}) ${exit}`
  return `if (U[2 * ${s} + 1] !== ${tag}) ${exit} ${dst} = U[2 * ${s}];`
}

/** Code storing the value of [ref] into arena slot expression [s]. */
function storeVal(T: Trace, s: string, ref: number): string {
  const t = typeOf(T, ref)
  if (t === IRT.NUM || t === IRT.INT) {
    if (ref < REF_BIAS && opOf(T, ref) === IR.KNUM && T.kv[REF_BIAS - ref] !== T.kv[REF_BIAS - ref]) {
      return `U[2 * ${s}] = 0; U[2 * ${s} + 1] = 0x7ff80000;`
    }
    return `F[${s}] = ${val(T, ref)};`
  }
  const tag = '0x' + irtToTag(t).toString(16)
  if (t <= IRT.TRUE) return `U[2 * ${s}] = 0xffffffff; U[2 * ${s} + 1] = ${tag};`
  return `U[2 * ${s}] = ${val(T, ref)}; U[2 * ${s} + 1] = ${tag};`
}

/** Condition code for compare op [o] of type [t]. */
function cmp(o: number, t: number, a: string, b: string): string {
  if (t === IRT.INT && o >= IR.ULT && o <= IR.UGT) { a = `(${a} >>> 0)`; b = `(${b} >>> 0)`; o ^= 4 }
  switch (o) {
    case IR.LT: return `${a} < ${b}`
    case IR.GE: return `${a} >= ${b}`
    case IR.LE: return `${a} <= ${b}`
    case IR.GT: return `${a} > ${b}`
    case IR.ULT: return `!(${a} >= ${b})`
    case IR.UGE: return `!(${a} < ${b})`
    case IR.ULE: return `!(${a} > ${b})`
    case IR.UGT: return `!(${a} <= ${b})`
    case IR.EQ: return `${a} === ${b}`
    default: return `${a} !== ${b}`
  }
}

/** Entry check that the running thread's stack has [need] slots above
 *  base for the inlined frames' exits (else exit 0: nothing written yet). */
function stackCheck(need: number): string {
  return `  { const th = H.curThread, sz = H.thSize[th]; if (base + ${need} > H.thStack[th] + (sz < ${STACK_MAX} ? sz : ${STACK_MAX})) return 0; }`
}

/** The function body (for new Function('H', 'X', src)) of trace [T]. */
export function jsSource(T: Trace): string {
  const out: string[] = []
  const cols = new Set<string>()
  const decl: string[] = []
  const phis: number[] = []
  let snap = 0
  let inLoop = false
  for (let r = REF_FIRST; r < T.nins; r++) {
    while (snap + 1 < T.nsnap && T.snapRef[snap + 1] <= r) snap++
    const i = w(T, r)
    const o = T.ir[i] >>> 8, t = T.ir[i] & IRT_TYPE
    const a = T.ir[i + 1], b = T.ir[i + 2]
    const exit = `{ ex = ${snap}; break T; }`
    const v = 'v' + (r - REF_BIAS)
    if (hasValue(T, r)) decl.push(v + ' = 0')
    const A = val(T, a), B = val(T, b)
    switch (o) {
      case IR.NOP: case IR.BASE: break
      case IR.LOOP: out.push('for (;;) {'); inLoop = true; break
      case IR.PHI: phis.push(r); break
      case IR.SLOAD: {
        const s = `(base + ${a - 2})`
        if ((b & IRSLOAD_CONVERT) !== 0) out.push(`{ const d = F[${s}]; ${v} = d | 0; if (${v} !== d) ${exit} }`)
        else if ((b & IRSLOAD_TYPECHECK) !== 0) out.push(loadTyped(v, s, t, exit))
        else if (t > IRT.TRUE) out.push(`${v} = ${t === IRT.NUM ? 'F' : 'U'}[${t === IRT.NUM ? s : '2 * ' + s}];`)
        break
      }
      case IR.ADD: out.push(t === IRT.INT ? `${v} = (${A} + ${B}) | 0;` : `${v} = ${A} + ${B};`); break
      case IR.SUB: out.push(t === IRT.INT ? `${v} = (${A} - ${B}) | 0;` : `${v} = ${A} - ${B};`); break
      case IR.MUL: out.push(t === IRT.INT ? `${v} = Math.imul(${A}, ${B});` : `${v} = ${A} * ${B};`); break
      case IR.DIV: out.push(`${v} = ${A} / ${B};`); break
      case IR.MOD: out.push(`${v} = ${A} - Math.floor(${A} / ${B}) * ${B};`); break
      case IR.POW: out.push(`${v} = X.pow(${A}, ${B});`); break
      case IR.ABS: out.push(`${v} = Math.abs(${A});`); break
      case IR.MIN: out.push(`${v} = ${B} < ${A} ? ${B} : ${A};`); break
      case IR.MAX: out.push(`${v} = ${B} > ${A} ? ${B} : ${A};`); break
      case IR.FPMATH: out.push(`${v} = Math.${FPM_JS[b]}(${A});`); break
      case IR.NEG: out.push(t === IRT.INT ? `${v} = (-${A}) | 0;` : `${v} = -${A};`); break
      case IR.CONV: {
        if (((b >>> IRCONV_DSH) & IRT_TYPE) === IRT.INT) {
          out.push(`${v} = ${A} | 0;`)
          if ((b & IRCONV_CHECK) !== 0) out.push(`if (${v} !== ${A}) ${exit}`)
        } else out.push(`${v} = ${A};`)
        break
      }
      case IR.LT: case IR.GE: case IR.LE: case IR.GT: case IR.ULT: case IR.UGE: case IR.ULE: case IR.UGT:
      case IR.EQ: case IR.NE:
        out.push(`if (!(${cmp(o, t, A, B)})) ${exit}`)
        break
      case IR.ABC: out.push(`if (!(((${B} - 1) >>> 0) < ${A})) ${exit}`); break
      case IR.FLOAD: {
        const col = FIELD_COL[b]
        cols.add(col)
        out.push(`${v} = C_${col}[${A}]${b === IRFL.TAB_ARRAY ? ' - 1' : ''};`)
        break
      }
      case IR.AREF: case IR.HREFK: out.push(`${v} = ${A} + ${B};`); break
      case IR.UREFO: case IR.UREFC: {
        cols.add('fnUvIds'); cols.add('fnUv'); cols.add('uvSlot'); cols.add('uvOwn')
        // UREFO op2 = index | slot << 8 with slot != 0: open and aliasing
        // that slot of the trace's frame; slot 0: open outside the frame.
        const fs = b >>> 8
        const test = o === IR.UREFC ? `${v} !== C_uvOwn[uv]`
          : fs !== 0 ? `${v} === C_uvOwn[uv] || ${v} !== base + ${fs - 2}` : `${v} === C_uvOwn[uv] || ${v} >= base - 2`
        out.push(`{ const uv = C_fnUvIds[C_fnUv[${A}] + ${b & 0xff}]; ${v} = C_uvSlot[uv]; if (${test}) ${exit} }`)
        break
      }
      case IR.TDUP: case IR.TNEW: {
        // Allocation may grow the arena and the table store: reload the
        // views and columns; exit (before the bytecode) past the GC threshold.
        out.push(o === IR.TDUP ? `${v} = X.tdup(H, ${A});` : `${v} = X.tnew(H, ${a}, ${b});`)
        out.push(`F = H.vF; U = H.vU; ${RELOAD}`)
        out.push(`if (H.gcStress || H.gcBytes >= H.gcThreshold) ${exit}`)
        break
      }
      case IR.NEWREF:
        out.push(`${v} = X.newref(H, ${A}, ${B});`)
        out.push(`F = H.vF; U = H.vU; ${RELOAD}`)
        break
      case IR.ALEN: out.push(`${v} = X.len(H, ${A});`); break
      case IR.TOBIT: out.push(`${v} = ${A} | 0; if (${v} !== ${A}) ${v} = X.tobit(${A});`); break
      case IR.BNOT: out.push(`${v} = ~${A};`); break
      case IR.BAND: out.push(`${v} = ${A} & ${B};`); break
      case IR.BOR: out.push(`${v} = ${A} | ${B};`); break
      case IR.BXOR: out.push(`${v} = ${A} ^ ${B};`); break
      case IR.BSHL: out.push(`${v} = ${A} << ${B};`); break
      case IR.BSHR: out.push(`${v} = (${A} >>> ${B}) | 0;`); break
      case IR.BSAR: out.push(`${v} = ${A} >> ${B};`); break
      case IR.BROL: out.push(`${v} = (${A} << (${B} & 31)) | (${A} >>> ((32 - ${B}) & 31));`); break
      case IR.BROR: out.push(`${v} = (${A} >>> (${B} & 31)) | (${A} << ((32 - ${B}) & 31));`); break
      case IR.STRREF: cols.add('strOff'); out.push(`${v} = C_strOff[${A}] + ${B} - 1;`); break
      case IR.XLOAD: cols.add('strData'); out.push(`${v} = C_strData[${A}];`); break
      case IR.ALOAD: case IR.HLOAD: case IR.ULOAD: out.push(loadTyped(v, A, t, exit)); break
      case IR.ASTORE: case IR.HSTORE: case IR.USTORE: out.push(storeVal(T, A, b)); break
      default: throw new Error('JS backend: NYI IR op ' + IR[o])
    }
  }
  if (inLoop) {
    // PHIs: parallel copy through temporaries.
    const tmp: string[] = [], asg: string[] = []
    for (let k = 0; k < phis.length; k++) {
      const p = phis[k], i = w(T, p)
      tmp.push(`p${k} = ${val(T, T.ir[i + 2])}`)
      asg.push(`${val(T, T.ir[i + 1])} = p${k};`)
    }
    if (tmp.length > 0) out.push(`const ${tmp.join(', ')}; ${asg.join(' ')}`)
    out.push('}')
  } else out.push(`ex = ${T.nsnap - 1};`) // no LOOP: leave through the final snapshot
  const sw: string[] = []
  for (let n = 0; n < T.nsnap; n++) {
    const parts: string[] = [`case ${n}:`]
    for (let e = T.snapOfs[n], end = e + T.snapNent[n]; e < end; e++) {
      const ent = T.snapMap[e]
      parts.push(storeVal(T, `(base + ${snapSlot(ent) - 2})`, snapRef(ent)))
    }
    parts.push(`return ${n};`)
    sw.push('    ' + parts.join(' '))
  }
  const colDecl: string[] = []
  cols.forEach((c) => { colDecl.push(`C_${c} = H.${c}`) })
  const reload = colDecl.length > 0 ? colDecl.join('; ') + ';' : ''
  for (let k = 0; k < out.length; k++) if (out[k].indexOf(RELOAD) >= 0) out[k] = out[k].replace(RELOAD, reload)
  return [
    `return function trace_${T.no}(F, U, base) {`,
    colDecl.length > 0 ? `  let ${colDecl.join(', ')};` : '',
    `  let ${decl.concat(['ex = 0']).join(', ')};`,
    T.stackNeed > 0 ? stackCheck(T.stackNeed) : '',
    '  T: {',
    ...out.map((s) => '    ' + s),
    '  }',
    '  switch (ex) {',
    ...sw,
    '  }',
    '  return ex;',
    '}',
  ].filter((s) => s !== '').join('\n')
}
