// Garbage collector: stop-the-world mark and sweep over every store, Lua
// 5.1 semantics for weak tables and userdata finalizers.
//
// Mark. Roots are the registry, the globals, the main and current threads,
// the per-type metatables (H.typeMeta), pinned values (gcPin), userdata
// still queued for __gc (H.gcTodo) and whatever H.gcMarkHook marks (the
// interpreter and the JIT). Marking sets FL_MARK in the store's flag byte
// and pushes (kind, id) on an explicit gray stack (H.gcGray); propagate
// pops and traverses until it is empty. Strings have no children and are
// only flagged. A table with __mode marks only its strong parts and goes on
// H.gcAux; so does a table with nil-valued nodes whose keys are objects.
//
// Atomic steps after the first propagation, in 5.1's order:
//   1. separate: every unmarked userdata whose metatable has __gc and that
//      was not finalized before gets FL_FINAL, is queued in H.gcTodo and
//      marked again (resurrected with all it reaches) for one cycle;
//   2. clear weak tables: an entry goes when its weak key or value is an
//      unmarked object (strings are values, never cleared; a finalized
//      userdata counts as cleared as a weak value but not as a weak key);
//      nil-valued nodes whose key object died get DEADKEY_HI, so no object
//      with a reused id can match them;
//   3. sweep: open-upvalue lists first (a dead thread's live upvalues are
//      closed, dead upvalues unlinked), then each store frees LIVE ids
//      without MARK (or FIXED) and clears marks; strings compact their byte
//      arena when more than half of it is dead; freed shapes leave the PICs.
//
// Pacing is Lua 5.1's: after a cycle the threshold is gcBytes * pause/100;
// allocation only raises gcBytes, and gcCheck (called by the interpreter at
// safe points) collects once gcBytes reaches the threshold, or always in
// stress mode. Nothing collects inside an allocation function.
import type { Heap } from './heap'
import {
  MM, FL_LIVE, FL_MARK, FL_FIXED, FL_FINAL, FL_WEAKK, FL_WEAKV,
} from '../../soa/heap'
import { DEADKEY_HI } from '../../soa/tab'
import {
  TAG_NIL, TAG_STR, TAG_UPVAL, TAG_THREAD, TAG_PROTO, TAG_FUNC, TAG_TAB, TAG_UDATA,
} from '../../soa/value'
import { tabGetStr, tabFree } from './tab'
import { fnFree, uvFree } from './func'
import { thFree } from './thread'
import { ptFree } from './proto'
import { udFree } from './udata'
import { strSweep, strCompact } from './str'
import { gcMarkShape, shapeSweep } from './shape'

const K_TAB = 1, K_FN = 2, K_TH = 3, K_PT = 4, K_UD = 5, K_UV = 6
const NIL = 0xffffffff
const THRESHOLD_MIN = 256 * 1024

// -- Marking -----------------------------------------------------------------

/** Push ([kind], [id]) on the gray stack. */
function grayPush(H: Heap, kind: number, id: number): void {
  if (H.gcGrayN + 2 > H.gcGray.length) {
    const g = new Int32Array(H.gcGray.length * 2)
    g.set(H.gcGray)
    H.gcGray = g
  }
  H.gcGray[H.gcGrayN++] = kind
  H.gcGray[H.gcGrayN++] = id
}

/** Mark table [t]. */
function markTab(H: Heap, t: number): void {
  const f = H.tabFlag[t]
  if (t === 0 || (f & FL_MARK) !== 0) return
  H.tabFlag[t] = f | FL_MARK
  grayPush(H, K_TAB, t)
}

/** Mark userdata [u]. */
function markUd(H: Heap, u: number): void {
  const f = H.udFlag[u]
  if (u === 0 || (f & FL_MARK) !== 0) return
  H.udFlag[u] = f | FL_MARK
  grayPush(H, K_UD, u)
}

/** Mark upvalue [uv]. */
function markUv(H: Heap, uv: number): void {
  const f = H.uvFlag[uv]
  if (uv === 0 || (f & FL_MARK) !== 0) return
  H.uvFlag[uv] = f | FL_MARK
  grayPush(H, K_UV, uv)
}

/** Mark thread [th]. */
function markTh(H: Heap, th: number): void {
  const f = H.thFlag[th]
  if (th === 0 || (f & FL_MARK) !== 0) return
  H.thFlag[th] = f | FL_MARK
  grayPush(H, K_TH, th)
}

/** Mark proto [pt]. */
function markPt(H: Heap, pt: number): void {
  const f = H.ptFlag[pt]
  if (pt === 0 || (f & FL_MARK) !== 0) return
  H.ptFlag[pt] = f | FL_MARK
  grayPush(H, K_PT, pt)
}

/** Mark the object of value ([hi], [lo]); non-objects are ignored. */
export function gcMarkValue(H: Heap, hi: number, lo: number): void {
  switch (hi) {
    case TAG_STR: H.strFlag[lo] |= FL_MARK; return
    case TAG_TAB: markTab(H, lo); return
    case TAG_FUNC: {
      const f = H.fnFlag[lo]
      if ((f & FL_MARK) === 0) { H.fnFlag[lo] = f | FL_MARK; grayPush(H, K_FN, lo) }
      return
    }
    case TAG_UDATA: markUd(H, lo); return
    case TAG_THREAD: markTh(H, lo); return
    case TAG_PROTO: markPt(H, lo); return
    case TAG_UPVAL: markUv(H, lo); return
    default: return
  }
}

/** Mark the values in slots [from, to). */
function markSlots(H: Heap, from: number, to: number): void {
  const U = H.vU
  for (let s = from; s < to; s++) {
    const hi = U[2 * s + 1]
    if (hi >= TAG_UDATA && hi <= TAG_STR) gcMarkValue(H, hi, U[2 * s])
  }
}

/** Mark only the strings in slots [from, to) (weak values). */
function markSlotStrs(H: Heap, from: number, to: number): void {
  const U = H.vU
  for (let s = from; s < to; s++) if (U[2 * s + 1] === TAG_STR) H.strFlag[U[2 * s]] |= FL_MARK
}

/** FL_WEAKK/FL_WEAKV of the __mode of metatable [mt]. */
function weakMode(H: Heap, mt: number): number {
  const s = tabGetStr(H, mt, H.mmName[MM.mode])
  if (s < 0 || H.vU[2 * s + 1] !== TAG_STR) return 0
  const id = H.vU[2 * s], o = H.strOff[id], n = H.strLen[id], d = H.strData
  let m = 0
  for (let i = 0; i < n; i++) {
    if (d[o + i] === 107) m |= FL_WEAKK
    else if (d[o + i] === 118) m |= FL_WEAKV
  }
  return m
}

/** Push table [t] on the post-mark list H.gcAux. */
function auxPush(H: Heap, t: number): void {
  if (H.gcAuxN >= H.gcAux.length) {
    const a = new Int32Array(H.gcAux.length * 2)
    a.set(H.gcAux)
    H.gcAux = a
  }
  H.gcAux[H.gcAuxN++] = t
}

/** Traverse table [t]: metatable, shape, then its strong parts. */
function traverseTab(H: Heap, t: number): void {
  const mt = H.tabMeta[t]
  let mode = 0
  if (mt !== 0) {
    markTab(H, mt)
    mode = weakMode(H, mt)
  }
  H.tabFlag[t] = (H.tabFlag[t] & ~(FL_WEAKK | FL_WEAKV)) | mode
  const sh = H.tabShape[t]
  if (sh !== 0) gcMarkShape(H, sh)
  const arr = H.tabArr[t], asize = H.tabAsize[t]
  const fl = H.tabFields[t], cnt = sh !== 0 ? H.shCount[sh] : 0
  const weakv = (mode & FL_WEAKV) !== 0, weakk = (mode & FL_WEAKK) !== 0
  if (weakv) { markSlotStrs(H, arr, arr + asize); markSlotStrs(H, fl, fl + cnt) }
  else { markSlots(H, arr, arr + asize); markSlots(H, fl, fl + cnt) }
  const mask = H.tabHmask[t]
  let dead = false
  if (mask >= 0) {
    const base = H.tabNode[t]
    for (let i = 0; i <= mask; i++) {
      const U = H.vU
      const w = 2 * (base + 3 * i)
      const khi = U[w + 3]
      if (U[w + 1] === TAG_NIL) {
        if (khi >= TAG_UDATA && khi <= TAG_STR) dead = true
        continue
      }
      if (!weakk || khi === TAG_STR) {
        if (khi >= TAG_UDATA && khi <= TAG_STR) gcMarkValue(H, khi, U[w + 2])
      }
      const vhi = U[w + 1]
      if (!weakv || vhi === TAG_STR) {
        if (vhi >= TAG_UDATA && vhi <= TAG_STR) gcMarkValue(H, vhi, U[w])
      }
    }
  }
  if (mode !== 0 || dead) auxPush(H, t)
}

/** Traverse closure [f]: environment, proto and upvalues. */
function traverseFn(H: Heap, f: number): void {
  markTab(H, H.fnEnv[f])
  const nuv = H.fnNuv[f]
  const pt = H.fnProto[f]
  if (pt !== 0) {
    markPt(H, pt)
    const ids = H.fnUvIds, u = H.fnUv[f]
    for (let i = 0; i < nuv; i++) markUv(H, ids[u + i])
  } else {
    const s = H.fnUpv[f]
    markSlots(H, s, s + nuv)
  }
}

/** Traverse thread [th]: live stack slots; the dead part is cleared. */
function traverseTh(H: Heap, th: number): void {
  const st = H.thStack[th], top = H.thTop[th], end = st + H.thSize[th]
  markSlots(H, st, top)
  if (top < end) H.vU.fill(NIL, 2 * top, 2 * end)
}

/** Traverse proto [pt]: its GC constants. */
function traversePt(H: Heap, pt: number): void {
  const k = H.ptKgc[pt]
  markSlots(H, k, k + H.ptNkgc[pt])
}

/** Pop and traverse gray objects until none is left. */
function propagate(H: Heap): void {
  while (H.gcGrayN > 0) {
    const id = H.gcGray[--H.gcGrayN]
    const kind = H.gcGray[--H.gcGrayN]
    switch (kind) {
      case K_TAB: traverseTab(H, id); break
      case K_FN: traverseFn(H, id); break
      case K_TH: traverseTh(H, id); break
      case K_PT: traversePt(H, id); break
      case K_UD: markTab(H, H.udMeta[id]); markTab(H, H.udEnv[id]); break
      case K_UV: {
        const s = H.uvSlot[id], U = H.vU
        const hi = U[2 * s + 1]
        if (hi >= TAG_UDATA && hi <= TAG_STR) gcMarkValue(H, hi, U[2 * s])
        break
      }
      default: break
    }
  }
}

/** Mark every root. */
function markRoots(H: Heap): void {
  markTab(H, H.registry)
  markTab(H, H.globals)
  markTh(H, H.mainThread)
  markTh(H, H.curThread)
  for (let i = 0; i < H.typeMeta.length; i++) markTab(H, H.typeMeta[i])
  for (let i = 0; i < H.gcTodoN; i++) markUd(H, H.gcTodo[i])
  if (H.gcPins.size > 0) {
    H.gcPins.forEach((_n, key) => {
      const hi = (0xfffffff0 | Math.floor(key / 4294967296)) >>> 0
      gcMarkValue(H, hi, key % 4294967296)
    })
  }
  if (H.gcMarkHook !== null) H.gcMarkHook(H)
}

// -- Atomic phase ------------------------------------------------------------

/** Queue and resurrect unreachable userdata with a __gc metamethod. */
function separateUdata(H: Heap): void {
  const flag = H.udFlag, gcName = H.mmName[MM.gc]
  for (let u = 1; u < H.udTop; u++) {
    const f = flag[u]
    if ((f & (FL_LIVE | FL_MARK | FL_FINAL)) !== FL_LIVE) continue
    const mt = H.udMeta[u]
    if (mt === 0) continue
    const s = tabGetStr(H, mt, gcName)
    if (s < 0 || H.vU[2 * s + 1] === TAG_NIL) continue
    flag[u] = f | FL_FINAL
    if (H.gcTodoN >= H.gcTodo.length) {
      const q = new Int32Array(H.gcTodo.length * 2)
      q.set(H.gcTodo)
      H.gcTodo = q
    }
    H.gcTodo[H.gcTodoN++] = u
    markUd(H, u)
  }
}

/** Is value ([hi], [lo]) an object this cycle did not reach? */
function isCleared(H: Heap, hi: number, lo: number, isKey: boolean): boolean {
  switch (hi) {
    case TAG_TAB: return (H.tabFlag[lo] & FL_MARK) === 0
    case TAG_FUNC: return (H.fnFlag[lo] & FL_MARK) === 0
    case TAG_UDATA: {
      const f = H.udFlag[lo]
      return (f & FL_MARK) === 0 || (!isKey && (f & FL_FINAL) !== 0)
    }
    case TAG_THREAD: return (H.thFlag[lo] & FL_MARK) === 0
    case TAG_PROTO: return (H.ptFlag[lo] & FL_MARK) === 0
    case TAG_UPVAL: return (H.uvFlag[lo] & FL_MARK) === 0
    default: return false // numbers, booleans, strings
  }
}

/** Will key ([hi], [lo]) of a nil-valued node be freed by this sweep? */
function keyDead(H: Heap, hi: number, lo: number): boolean {
  if (hi === TAG_STR) return (H.strFlag[lo] & (FL_MARK | FL_FIXED)) === 0
  return isCleared(H, hi, lo, true)
}

/** Clear weak entries in [from, to) value slots. */
function clearSlots(H: Heap, from: number, to: number): void {
  const U = H.vU
  for (let s = from; s < to; s++) {
    if (isCleared(H, U[2 * s + 1], U[2 * s], false)) { U[2 * s] = NIL; U[2 * s + 1] = NIL }
  }
}

/** Clear the weak entries and kill the dead keys of the H.gcAux tables. */
function clearTables(H: Heap): void {
  for (let j = 0; j < H.gcAuxN; j++) {
    const t = H.gcAux[j]
    const mode = H.tabFlag[t]
    const weakk = (mode & FL_WEAKK) !== 0, weakv = (mode & FL_WEAKV) !== 0
    if (weakv) {
      const arr = H.tabArr[t], sh = H.tabShape[t], fl = H.tabFields[t]
      clearSlots(H, arr, arr + H.tabAsize[t])
      if (sh !== 0) clearSlots(H, fl, fl + H.shCount[sh])
    }
    const mask = H.tabHmask[t], base = H.tabNode[t], U = H.vU
    for (let i = 0; i <= mask; i++) {
      const w = 2 * (base + 3 * i)
      const khi = U[w + 3], klo = U[w + 2]
      const goneK = weakk && isCleared(H, khi, klo, true)
      if (U[w + 1] !== TAG_NIL && (goneK || (weakv && isCleared(H, U[w + 1], U[w], false)))) {
        U[w] = NIL
        U[w + 1] = NIL
      }
      if (U[w + 1] === TAG_NIL && keyDead(H, khi, klo)) {
        U[w + 2] = 0
        U[w + 3] = DEADKEY_HI
      }
    }
  }
  H.gcAuxN = 0
}

// -- Sweep -------------------------------------------------------------------

/** Fix the open-upvalue lists before upvalues and threads are freed. */
function sweepOpenUv(H: Heap): void {
  const U = H.vU
  for (let th = 1; th < H.thTopId; th++) {
    const f = H.thFlag[th]
    if ((f & FL_LIVE) === 0) continue
    const dead = (f & FL_MARK) === 0
    let prev = 0
    let uv = H.thOpenUv[th]
    while (uv !== 0) {
      const nx = H.uvNext[uv]
      if ((H.uvFlag[uv] & FL_MARK) === 0 || dead) {
        if (dead && (H.uvFlag[uv] & FL_MARK) !== 0) {
          const s = H.uvSlot[uv], own = H.uvOwn[uv]
          U[2 * own] = U[2 * s]
          U[2 * own + 1] = U[2 * s + 1]
          H.uvSlot[uv] = own
        }
        H.uvNext[uv] = 0
        if (prev === 0) H.thOpenUv[th] = nx
        else H.uvNext[prev] = nx
      } else prev = uv
      uv = nx
    }
  }
}

/** Free unmarked objects of every store and clear the marks. */
function sweep(H: Heap): void {
  sweepOpenUv(H)
  const keep = FL_MARK | FL_FIXED
  for (let t = 1; t < H.tabTop; t++) {
    const f = H.tabFlag[t]
    if ((f & FL_LIVE) === 0) continue
    if ((f & keep) === 0) tabFree(H, t)
    else H.tabFlag[t] = f & ~(FL_MARK | FL_WEAKK | FL_WEAKV)
  }
  for (let i = 1; i < H.fnTop; i++) {
    const f = H.fnFlag[i]
    if ((f & FL_LIVE) === 0) continue
    if ((f & keep) === 0) fnFree(H, i)
    else H.fnFlag[i] = f & ~FL_MARK
  }
  for (let i = 1; i < H.uvTop; i++) {
    const f = H.uvFlag[i]
    if ((f & FL_LIVE) === 0) continue
    if ((f & keep) === 0) uvFree(H, i)
    else H.uvFlag[i] = f & ~FL_MARK
  }
  for (let i = 1; i < H.thTopId; i++) {
    const f = H.thFlag[i]
    if ((f & FL_LIVE) === 0) continue
    if ((f & keep) === 0) thFree(H, i)
    else H.thFlag[i] = f & ~FL_MARK
  }
  for (let i = 1; i < H.ptTop; i++) {
    const f = H.ptFlag[i]
    if ((f & FL_LIVE) === 0) continue
    if ((f & keep) === 0) ptFree(H, i)
    else H.ptFlag[i] = f & ~FL_MARK
  }
  for (let i = 1; i < H.udTop; i++) {
    const f = H.udFlag[i]
    if ((f & FL_LIVE) === 0) continue
    if ((f & keep) === 0) udFree(H, i)
    else H.udFlag[i] = f & ~FL_MARK
  }
  strSweep(H)
  if (H.strDataDead > (H.strDataTop >> 1)) strCompact(H)
  shapeSweep(H)
  const ps = H.picShape, sf = H.shFlag, n = ps.length
  for (let q = 0; q < n; q++) {
    const sh = ps[q]
    if (sh > 0 && (sf[sh] & FL_LIVE) === 0) ps[q] = 0
  }
}

// -- Entry points ------------------------------------------------------------

/** Run a full collection cycle now. */
export function gcCollect(H: Heap): void {
  H.gcGrayN = 0
  H.gcAuxN = 0
  markRoots(H)
  propagate(H)
  separateUdata(H)
  propagate(H)
  clearTables(H)
  sweep(H)
  H.gcCycles++
  H.gcCredit = 0
  const t = Math.floor(H.gcBytes / 100) * H.gcPause
  H.gcThreshold = t > THRESHOLD_MIN ? t : THRESHOLD_MIN
}

/** Safe point: collect when the debt reached the threshold (or stress). */
export function gcCheck(H: Heap): void {
  // Stress mode collects at every safe point, except while stopped.
  if (H.gcBytes >= H.gcThreshold || (H.gcStress && H.gcThreshold !== Infinity)) gcCollect(H)
}

/** collectgarbage("step", [kb]): add work credit (kb * stepmul%, one basic
 *  step of 1 KB for kb <= 0); true when a cycle completed. */
export function gcStep(H: Heap, kb: number): boolean {
  H.gcCredit += ((kb > 0 ? kb : 1) * 1024 * H.gcStepMul) / 100
  if (H.gcCredit >= H.gcBytes || H.gcBytes >= H.gcThreshold) {
    gcCollect(H)
    return true
  }
  return false
}

/** collectgarbage("stop"): no automatic collection until "restart" (or
 *  an explicit "collect"/"step", which re-arm it as in 5.1). */
export function gcStop(H: Heap): void {
  H.gcThreshold = Infinity
}

/** collectgarbage("restart"): collect at the next safe point. */
export function gcRestart(H: Heap): void {
  H.gcThreshold = H.gcBytes
}

/** collectgarbage("setpause", [p]); returns the previous value. */
export function gcSetPause(H: Heap, p: number): number {
  const old = H.gcPause
  H.gcPause = p
  return old
}

/** collectgarbage("setstepmul", [m]); returns the previous value. */
export function gcSetStepMul(H: Heap, m: number): number {
  const old = H.gcStepMul
  H.gcStepMul = m
  return old
}

/** collectgarbage("count"): KB in use, as a double. */
export function gcCount(H: Heap): number {
  return H.gcBytes / 1024
}

/** Map key of a pinned object value. */
function pinKey(hi: number, lo: number): number {
  return (hi & 15) * 4294967296 + (lo >>> 0)
}

/** Keep object ([hi], [lo]) alive until as many gcUnpin calls. */
export function gcPin(H: Heap, hi: number, lo: number): void {
  if (hi < TAG_UDATA || hi > TAG_STR) return
  const k = pinKey(hi, lo)
  H.gcPins.set(k, (H.gcPins.get(k) ?? 0) + 1)
}

/** Drop one pin of ([hi], [lo]). */
export function gcUnpin(H: Heap, hi: number, lo: number): void {
  if (hi < TAG_UDATA || hi > TAG_STR) return
  const k = pinKey(hi, lo)
  const n = H.gcPins.get(k)
  if (n === undefined) return
  if (n <= 1) H.gcPins.delete(k)
  else H.gcPins.set(k, n - 1)
}

/** Next userdata whose __gc is due (0 = none); it is no longer a root. */
export function gcTodoPop(H: Heap): number {
  if (H.gcTodoN === 0) return 0
  const u = H.gcTodo[0]
  H.gcTodo.copyWithin(0, 1, H.gcTodoN)
  H.gcTodoN--
  return u
}
