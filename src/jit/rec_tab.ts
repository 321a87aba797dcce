// Table recording: fields through shapes, __index chains, new fields of
// fresh tables, the array part, globals (lj_record.c rec_idx, lj_opt_mem.c).
//
// String keys (GGET/GSET, TGETS/TSETS) go through the table's shape: one
// guard on the shape id makes the field index a constant, so a field access
// is FLOAD tab.fields + HREFK + HLOAD/HSTORE and LOOP hoists everything but
// the load or store. A nil or absent field consults the metatable the way
// the interpreter does, as IR: a guard that there is none, or loads of its
// __index field (through the metatable's own shape) and a lookup in that
// table, up to four levels; strings use the string metatable
// (FLOAD type.meta). Stores need the field to exist and either a non-nil
// old value or no metatable (no __newindex); new fields are recorded only
// for tables the trace allocated itself (NEWREF, recNewField).
//
//   t.k  ->  FLOAD t tab.shape; EQ +sh; FLOAD t tab.fields; HREFK "k" @i; HLOAD
//   absent, meta: FLOAD t tab.meta; NE +0; (shape guard) HREFK "__index"; HLOAD
//                 -> same again on the __index table
//
// Number keys use the array part only (FLOAD tab.asize, ABC, FLOAD
// tab.array, AREF): the shadow decides at record time that the key is in
// bounds, the ABC guard makes it so at run time. Table equality (ISEQV of
// two different tables) needs a guard that the first one's metatable has
// no __eq (recNoEqMM).
import { BC, BC_NAMES, MM } from '../../soa/bc'
import { IR, IRT, IRT_GUARD, IRFL, IRT_NAMES, TREF_NIL, tref, trefRef, trefType, irtOfTag } from '../../soa/ir'
import { TAG_NIL, TAG_STR, TAG_TAB } from '../../soa/value'
import { shapeFind } from '../rt/shape'
import { tabSetStr } from '../rt/tab'
import type { LuaState } from '../vm/state'
import type { JitState } from './state'
import { kint, kgc, kslot } from './ir'
import { foldEmit } from './fold'
import { TraceError, traceAbort } from './traceerr'
import { getSlot, setSlot, toInt, isNum, shadowLoad, shadowStore, shadowPri, trefPri } from './record'

/** H.typeMeta index of the string type (src/vm/meta.ts tagTypeIndex). */
const TYPE_STRING = 4

/** Guard that table [t] (ref [tr]) has no __eq metamethod, so comparing
 *  it with a different table never calls one (5.1's get_compTM needs
 *  __eq in the first operand's metatable). */
export function recNoEqMM(J: JitState, L: LuaState, op: number, t: number, tr: number): void {
  const H = L.H
  const mt = H.tabMeta[t]
  const mref = foldEmit(J, IR.FLOAD, IRT.INT, tr, IRFL.TAB_META)
  if (mt === 0) { foldEmit(J, IR.EQ, IRT.INT | IRT_GUARD, mref, kint(J, 0)); return }
  const msh = H.tabShape[mt]
  if (msh === 0 || shapeFind(H, msh, H.mmName[MM.eq]) >= 0) traceAbort(TraceError.NYIBC, BC_NAMES[op])
  foldEmit(J, IR.NE, IRT.INT | IRT_GUARD, mref, kint(J, 0))
  foldEmit(J, IR.EQ, IRT.INT | IRT_GUARD, foldEmit(J, IR.FLOAD, IRT.INT, mref, IRFL.TAB_SHAPE), kint(J, msh))
}

/** Record GGET/GSET of string [key] with slot [a]: the environment table
 *  comes from the closure (FLOAD func.env). */
export function recGlobal(J: JitState, L: LuaState, pc: number, op: number, a: number, key: number): number {
  const env = L.H.fnEnv[J.cl]
  const fn = getSlot(J, J.baseslot - 2)
  const envr = foldEmit(J, IR.FLOAD, IRT.TAB, trefRef(fn), IRFL.FUNC_ENV)
  return recField(J, L, pc, op === BC.GGET, TraceError.NYIGLOBAL, a, env, envr, key)
}

/** Record TGETS/TSETS of string constant [key] on the table in slot [b]. */
export function recTabStr(J: JitState, L: LuaState, pc: number, op: number, a: number, b: number, key: number): number {
  const isGet = op === BC.TGETS
  if (isGet && J.sU[2 * b + 1] === TAG_STR) {
    // s.key / s:method(): the string metatable's __index (H.typeMeta[4]).
    getSlot(J, b)
    const mref = foldEmit(J, IR.FLOAD, IRT.INT, kint(J, TYPE_STRING), IRFL.TYPE_META)
    const v = recMetaIndex(J, L, TraceError.NYITGET, L.H.typeMeta[TYPE_STRING], mref, key, 0)
    setSlot(J, a, v)
    J.sU[2 * a] = J.sU[2 * J.maxslot]; J.sU[2 * a + 1] = J.sU[2 * J.maxslot + 1]
    return pc + 1
  }
  if (J.sU[2 * b + 1] !== TAG_TAB) traceAbort(isGet ? TraceError.NYITGET : TraceError.NYITSET, 'non-table')
  const tt = getSlot(J, b)
  return recField(J, L, pc, isGet, isGet ? TraceError.NYITGET : TraceError.NYITSET, a, J.sU[2 * b], trefRef(tt), key)
}

/** Record a get/set of field [key] of table [t] (IR ref [tr]) with slot
 *  [a], through the table's shape: guard the shape, load the fields base,
 *  fixed field index (HREFK). Gets of nil or absent fields follow the
 *  metatable's __index tables (recFieldGet). A store needs the field to
 *  exist (no shape change) and either a non-nil old value or no
 *  metatable (no __newindex). */
function recField(J: JitState, L: LuaState, pc: number, isGet: boolean, err: TraceError, a: number, t: number, tr: number, key: number): number {
  const H = L.H
  const sU = J.sU
  const tmp = J.maxslot // scratch shadow slot above the frame
  if (isGet) {
    const v = recFieldGet(J, L, err, t, tr, key, 0)
    setSlot(J, a, v)
    sU[2 * a] = sU[2 * tmp]; sU[2 * a + 1] = sU[2 * tmp + 1]
    return pc + 1
  }
  const sh = H.tabShape[t]
  if (sh === 0) traceAbort(err, 'dictionary table')
  const idx = shapeFind(H, sh, key)
  if (idx < 0) return recNewField(J, L, pc, err, a, t, tr, key)
  const hs = H.tabFields[t] + idx
  const href = recShapeRef(J, tr, sh, key, idx)
  shadowLoad(J, L, tmp, hs)
  const ot = irtOfTag(sU[2 * tmp + 1])
  if (ot === IRT.NIL) {
    if (H.tabMeta[t] !== 0) traceAbort(err, 'store to nil')
    foldEmit(J, IR.EQ, IRT.INT | IRT_GUARD, foldEmit(J, IR.FLOAD, IRT.INT, tr, IRFL.TAB_META), kint(J, 0))
  } else foldEmit(J, IR.HLOAD, ot | IRT_GUARD, href, 0)
  const v = getSlot(J, a)
  foldEmit(J, IR.HSTORE, trefType(v), href, trefRef(v))
  shadowStore(J, a, hs)
  return pc + 1
}

/** Record a store that adds field [key] to table [t] (ref [tr]): only
 *  for tables the trace itself allocated (TNEW/TDUP: no metatable, so no
 *  __newindex), whose shadow is the recorder's own table, transitioned
 *  here as the trace's NEWREF will transition the real one. */
function recNewField(J: JitState, L: LuaState, pc: number, err: TraceError, a: number, t: number, tr: number, key: number): number {
  const H = L.H
  let own = false
  for (let i = 0; i < J.nshadowTab; i++) if (J.shadowTab[i] === t) own = true
  if (!own || H.tabMeta[t] !== 0) traceAbort(err, 'absent key')
  const sh = H.tabShape[t]
  foldEmit(J, IR.EQ, IRT.INT | IRT_GUARD, foldEmit(J, IR.FLOAD, IRT.INT, tr, IRFL.TAB_SHAPE), kint(J, sh))
  const hs = tabSetStr(H, t, key)
  if (H.tabShape[t] === 0) traceAbort(err, 'dictionary table')
  const ref = foldEmit(J, IR.NEWREF, IRT.P32, tr, kgc(J, key, IRT.STR))
  const v = getSlot(J, a)
  foldEmit(J, IR.HSTORE, trefType(v), ref, trefRef(v))
  shadowStore(J, a, hs)
  return pc + 1
}

/** Shape guard on table ref [tr] (shape [sh]) and the HREFK of field
 *  [idx] (key [key]); returns the HREFK ref. */
function recShapeRef(J: JitState, tr: number, sh: number, key: number, idx: number): number {
  const shr = foldEmit(J, IR.FLOAD, IRT.INT, tr, IRFL.TAB_SHAPE)
  foldEmit(J, IR.EQ, IRT.INT | IRT_GUARD, shr, kint(J, sh))
  const flds = foldEmit(J, IR.FLOAD, IRT.P32, tr, IRFL.TAB_FIELDS)
  return foldEmit(J, IR.HREFK, IRT.P32, flds, kslot(J, kgc(J, key, IRT.STR), idx))
}

/** TRef of t[key] for string [key] on shape-mode table [t] (ref [tr]),
 *  with __index tables followed for nil results (at most 4 levels); the
 *  shadow value is left in slot J.maxslot. Raw field reads of a metatable
 *  (its __index) go through the same shape guards. */
function recFieldGet(J: JitState, L: LuaState, err: TraceError, t: number, tr: number, key: number, depth: number): number {
  const H = L.H
  const sU = J.sU
  const tmp = J.maxslot
  const sh = H.tabShape[t]
  if (sh === 0) traceAbort(err, 'dictionary table')
  const idx = shapeFind(H, sh, key)
  if (idx >= 0) {
    const href = recShapeRef(J, tr, sh, key, idx)
    shadowLoad(J, L, tmp, H.tabFields[t] + idx)
    const vt = irtOfTag(sU[2 * tmp + 1])
    const v = foldEmit(J, IR.HLOAD, vt | IRT_GUARD, href, 0)
    if (vt !== IRT.NIL) return vt <= IRT.TRUE ? trefPri(vt) : tref(v, vt)
  } else {
    // Absent: the shape guard proves it stays absent.
    foldEmit(J, IR.EQ, IRT.INT | IRT_GUARD, foldEmit(J, IR.FLOAD, IRT.INT, tr, IRFL.TAB_SHAPE), kint(J, sh))
    shadowPri(J, tmp, TAG_NIL)
  }
  return recMetaIndex(J, L, err, H.tabMeta[t], foldEmit(J, IR.FLOAD, IRT.INT, tr, IRFL.TAB_META), key, depth)
}

/** TRef of the __index lookup of string [key] through metatable [mt]
 *  (ref [mref], 0 = none): nil without a metatable or __index, a lookup
 *  in an __index table, else NYI. Shadow value in slot J.maxslot. */
function recMetaIndex(J: JitState, L: LuaState, err: TraceError, mt: number, mref: number, key: number, depth: number): number {
  const H = L.H
  const sU = J.sU
  const tmp = J.maxslot
  if (mt === 0) {
    foldEmit(J, IR.EQ, IRT.INT | IRT_GUARD, mref, kint(J, 0))
    shadowPri(J, tmp, TAG_NIL)
    return TREF_NIL
  }
  if (depth >= 4) traceAbort(err, '__index chain')
  foldEmit(J, IR.NE, IRT.INT | IRT_GUARD, mref, kint(J, 0))
  // mt.__index, raw.
  const msh = H.tabShape[mt]
  const ik = H.mmName[MM.index]
  if (msh === 0) traceAbort(err, 'dictionary metatable')
  const midx = shapeFind(H, msh, ik)
  if (midx < 0) {
    foldEmit(J, IR.EQ, IRT.INT | IRT_GUARD, foldEmit(J, IR.FLOAD, IRT.INT, mref, IRFL.TAB_SHAPE), kint(J, msh))
    shadowPri(J, tmp, TAG_NIL)
    return TREF_NIL
  }
  const mhref = recShapeRef(J, mref, msh, ik, midx)
  shadowLoad(J, L, tmp, H.tabFields[mt] + midx)
  const it = irtOfTag(sU[2 * tmp + 1])
  if (it === IRT.NIL) {
    foldEmit(J, IR.HLOAD, IRT.NIL | IRT_GUARD, mhref, 0)
    return TREF_NIL
  }
  if (it !== IRT.TAB) traceAbort(err, '__index ' + IRT_NAMES[it].trim())
  const itab = sU[2 * tmp]
  const iref = foldEmit(J, IR.HLOAD, IRT.TAB | IRT_GUARD, mhref, 0)
  return recFieldGet(J, L, err, itab, iref, key, depth + 1)
}

/** Record TGETV/TGETB/TSETV/TSETB on the array part. */
export function recIndex(J: JitState, L: LuaState, pc: number, op: number, a: number, b: number, c: number, rc: number): number {
  const H = L.H
  const sU = J.sU, sF = J.sF
  const isGet = op === BC.TGETV || op === BC.TGETB
  const byte = op === BC.TGETB || op === BC.TSETB
  if (sU[2 * b + 1] !== TAG_TAB) traceAbort(isGet ? TraceError.NYITGET : TraceError.NYITSET, 'non-table')
  const t = sU[2 * b]
  const k = byte ? rc : sF[c]
  if (!byte && !isNum(J, c)) traceAbort(isGet ? TraceError.NYITGET : TraceError.NYITSET, 'non-number key')
  if (!((k | 0) === k && k >= 1 && k <= H.tabAsize[t])) {
    traceAbort(isGet ? TraceError.NYITGET : TraceError.NYITSET, 'hash part')
  }
  const hs = H.tabArr[t] + k - 1
  const tt = getSlot(J, b)
  const key = byte ? kint(J, k) : trefRef(toInt(J, getSlot(J, c)))
  const asz = foldEmit(J, IR.FLOAD, IRT.INT, trefRef(tt), IRFL.TAB_ASIZE)
  foldEmit(J, IR.ABC, IRT.INT | IRT_GUARD, asz, key)
  const arr = foldEmit(J, IR.FLOAD, IRT.P32, trefRef(tt), IRFL.TAB_ARRAY)
  const aref = foldEmit(J, IR.AREF, IRT.P32, arr, key)
  const tmp = J.maxslot
  shadowLoad(J, L, tmp, hs)
  const vt = irtOfTag(sU[2 * tmp + 1])
  if (isGet) {
    if (vt === IRT.NIL) traceAbort(TraceError.NYITGET, 'nil value')
    const v = foldEmit(J, IR.ALOAD, vt | IRT_GUARD, aref, 0)
    setSlot(J, a, vt <= IRT.TRUE ? trefPri(vt) : tref(v, vt))
    sU[2 * a] = sU[2 * tmp]; sU[2 * a + 1] = sU[2 * tmp + 1]
    return pc + 1
  }
  if (H.tabMeta[t] !== 0) {
    if (vt === IRT.NIL) traceAbort(TraceError.NYITSET, 'nil value with metatable')
    foldEmit(J, IR.ALOAD, vt | IRT_GUARD, aref, 0)
  } else {
    const mt = foldEmit(J, IR.FLOAD, IRT.INT, trefRef(tt), IRFL.TAB_META)
    foldEmit(J, IR.EQ, IRT.INT | IRT_GUARD, mt, kint(J, 0))
  }
  const v = getSlot(J, a)
  foldEmit(J, IR.ASTORE, trefType(v), aref, trefRef(v))
  shadowStore(J, a, hs)
  return pc + 1
}
