// Polymorphic inline caches for string-keyed field access (TGETS, TSETS,
// GGET, GSET, method lookups); soa/tab.ts draws the layout and the
// interpreter's inline fast path.
//
// A site owns PIC_WAYS (shape, field index) ways, filled in order of first
// sight. A load caches absences too (PIC_ABSENT: the key is not in that
// shape, so a shape-mode table has it nil). When a fifth shape shows up the
// site goes megamorphic (way 0 = PIC_MEGA) for good and every access does
// the real lookup. Dictionary-mode tables (shape 0) never enter a PIC.
//
// Entries name shape ids; the collector clears the entries of freed shapes
// (gc.ts) and freeing a proto's bytecode clears its sites (arena.ts), so an
// entry is never stale. A store site caches only hits (index >= 0), so the
// inline store path may write fields + picSlot directly.
import type { Heap } from './heap'
import { tabGetStr, tabSetStr } from './tab'
import { shapeFind } from './shape'
import { PIC_WAYS, PIC_MEGA, PIC_ABSENT } from '../../soa/tab'

/** Make the PIC arrays cover [nsites] sites (they grow with H.bc too). */
export function picGrow(H: Heap, nsites: number): void {
  const n = PIC_WAYS * nsites
  if (n <= H.picShape.length) return
  const s = new Int32Array(n), l = new Int32Array(n)
  s.set(H.picShape)
  l.set(H.picSlot)
  H.picShape = s
  H.picSlot = l
}

/** Record ([sh], [idx]) in a free way of site [q], or go megamorphic. */
function picAdd(H: Heap, q: number, sh: number, idx: number): void {
  const ps = H.picShape
  for (let w = 0; w < PIC_WAYS; w++) {
    const e = ps[q + w]
    if (e === 0 || e === sh) { ps[q + w] = sh; H.picSlot[q + w] = idx; return }
  }
  ps[q] = PIC_MEGA
  for (let w = 1; w < PIC_WAYS; w++) ps[q + w] = 0
}

/** Load slow path at [site]: value slot of string [s] in table [t], or a
 *  negative number when absent; updates the site's PIC. */
export function picLookupStr(H: Heap, site: number, t: number, s: number): number {
  const sh = H.tabShape[t]
  if (sh === 0) return tabGetStr(H, t, s)
  const q = site * PIC_WAYS, ps = H.picShape
  if (ps[q] !== PIC_MEGA) {
    for (let w = 0; w < PIC_WAYS; w++) {
      const e = ps[q + w]
      if (e === sh) {
        const i = H.picSlot[q + w]
        return i < 0 ? -1 : H.tabFields[t] + i
      }
      if (e === 0) break
    }
    const i = shapeFind(H, sh, s)
    picAdd(H, q, sh, i < 0 ? PIC_ABSENT : i)
    return i < 0 ? -1 : H.tabFields[t] + i
  }
  const i = shapeFind(H, sh, s)
  return i < 0 ? -1 : H.tabFields[t] + i
}

/** Store slow path at [site]: slot to write string key [s] of table [t]
 *  (created if absent, like tabSetStr); caches the resulting (shape, index).
 *  May grow. */
export function picSetStr(H: Heap, site: number, t: number, s: number): number {
  const sh = H.tabShape[t]
  const q = site * PIC_WAYS
  if (sh !== 0 && H.picShape[q] !== PIC_MEGA) {
    for (let w = 0; w < PIC_WAYS; w++) {
      const e = H.picShape[q + w]
      if (e === sh) { H.tabNomm[t] = 0; return H.tabFields[t] + H.picSlot[q + w] }
      if (e === 0) break
    }
  }
  const slot = tabSetStr(H, t, s) // may grow H.vU: reload
  const nsh = H.tabShape[t]
  if (nsh !== 0 && H.picShape[q] !== PIC_MEGA) picAdd(H, q, nsh, slot - H.tabFields[t])
  return slot
}
