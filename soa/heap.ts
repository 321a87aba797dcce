// Heap layout: metamethod order, store flag bits, arena size classes and the
// fixed byte costs that make H.gcBytes an exact count.
//
// The heap (src/rt/heap.ts) is a set of stores. Each store hands out ids from
// 1 (0 = none) and keeps one flag byte per id:
//
//   7     6     5     4     3     2     1     0
//   +-----+-----+-----+-----+-----+-----+-----+-----+
//   |  -  |  -  |WEAKV|WEAKK|FINAL|FIXED|MARK |LIVE |   xxxFlag[id]
//   +-----+-----+-----+-----+-----+-----+-----+-----+
//
//   LIVE   the id is allocated (sweep frees LIVE && !MARK && !FIXED)
//   MARK   reached in the current mark phase (cleared by sweep)
//   FIXED  never collected (metamethod names, root shape)
//   FINAL  userdata already queued for __gc once (5.1: finalized)
//   WEAKK/WEAKV  table has __mode "k"/"v" (set during traversal only)
//
// Variable-length data lives in arenas allocated by size class (see below).

// Metamethods: the MM enum and names live with the bytecode table
// (soa/bc.ts, LuaJIT's order); re-exported here for the heap's users.
// H.mmName[mm] is the interned string id of MM_NAMES[mm].
import { MM } from './bc'
export { MM, MM_NAMES } from './bc'
/** Metamethods cached negatively in tabNomm (LuaJIT: MM_FAST = MM_len). */
export const MM_FAST = MM.len

// -- Store flag bits -------------------------------------------------------
export const FL_LIVE = 0x01
export const FL_MARK = 0x02
export const FL_FIXED = 0x04
export const FL_FINAL = 0x08
export const FL_WEAKK = 0x10
export const FL_WEAKV = 0x20

// -- Arena size classes ----------------------------------------------------
// Every arena (value slots, bytecode words) allocates blocks from classes
// 1, 2, 3, 4, 6, 8, 12, 16, 24, ... (2^e and 3*2^(e-1)), so the waste is at
// most 33% and the common sizes fit exactly: array parts are powers of two
// (Lua's computesizes) and hash parts are 3 slots * 2^k nodes. A freed block
// goes on its class's free list, linked through its first word; nothing is
// coalesced. Class of n (n >= 2): e = ceil(log2 n); if n <= 3*2^(e-2) the
// class is 2e-2 (size 3*2^(e-2)), else 2e-1 (size 2^e). 64 classes cover
// every 32-bit size.
export const ARENA_NCLASS = 64

/** Size class index of a block of [n] >= 1 units. */
export function arenaClass(n: number): number {
  if (n <= 1) return 0
  const e = 32 - Math.clz32(n - 1)
  if (e >= 2 && n <= 3 << (e - 2)) return 2 * e - 2
  return 2 * e - 1
}

/** Units in a block of each class (index = class). */
export const ARENA_CLASS_SIZE = new Float64Array(ARENA_NCLASS)
ARENA_CLASS_SIZE[0] = 1
for (let c = 1; c < ARENA_NCLASS; c++) {
  // odd c = 2e-1: 2^e; even c = 2e-2: 3*2^(e-2)
  ARENA_CLASS_SIZE[c] = (c & 1) !== 0 ? 2 ** ((c + 1) >> 1) : 3 * 2 ** ((c >> 1) - 1)
}

/** Units in a block of class [c]. */
export function arenaClassSize(c: number): number {
  return ARENA_CLASS_SIZE[c]
}

// -- Byte costs (H.gcBytes) --------------------------------------------------
// gcBytes = 8 * (arena slots in allocated blocks, by class size)
//         + 44 * (bytecode words in allocated blocks: bc + bcLine + bcProto
//                 + 4 PIC ways of shape + slot)
//         + string bytes (8-byte header + length, see src/rt/str.ts)
//         + one fixed cost per live store entry, roughly its column bytes:
export const COST_STR = 24 // off, len, hash, chain, flag, cache pointer
export const COST_TAB = 48 // 11 i32 columns + flag
export const COST_SHAPE = 24 // parent, key, count, desc, chain, flag
export const COST_FN = 24 // proto, host, env, uv/upv, nuv, flag
export const COST_UV = 16 // slot, own, next, flag
export const COST_TH = 48 // 9 columns + flag
export const COST_PT = 64 // 14 columns + debug object pointer
export const COST_UD = 16 // meta, env, host, flag
export const COST_BC_WORD = 44 // bc, bcLine, bcProto + 4 PIC ways * 8
