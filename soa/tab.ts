// Table layout: the three parts of a table, hash nodes, shapes and the
// polymorphic inline caches, all as arena slots and side columns.
//
// A table id t owns up to three blocks in the value arena (H.vF / H.vU):
//
//   array part   tabArr[t] .. +tabAsize[t]      t[1] .. t[asize]
//   field slots  tabFields[t] .. +tabFcap[t]    values of string keys, in
//                                               the order of the shape
//   hash part    tabNode[t] .. +3*(hmask+1)     nodes, below
//
// A table is in one of two modes:
//   shape mode   tabShape[t] = shape id >= 1 (SHAPE_ROOT when it has no
//                string key). Every string key lives in a field slot; the
//                hash part holds only non-string keys outside the array.
//   dict mode    tabShape[t] = 0. String keys live in the hash part too.
// A table leaves shape mode (never to return, except tabClear) when a new
// string key would exceed SHAPE_MAX_FIELDS, or when a new key arrives while
// more than half of its fields are dead (nil).
//
// Hash node i (3 slots, the value first so a lookup returns its slot):
//
//   slot n = tabNode[t] + 3*i
//   +----------------+----------------+
//   |      value (2 words)            |  n + NODE_VAL
//   +----------------+----------------+
//   |      key (2 words)              |  n + NODE_KEY
//   +----------------+----------------+
//   | next node (i32)|     unused     |  n + NODE_NEXT: lo word, -1 = end
//   +----------------+----------------+
//
// A never-used node has a nil key. A node whose value is nil keeps its key
// (a "dead key", Lua 5.1), so `next` can continue from it; the collector
// replaces a dead key whose object died by DEADKEY_HI so no new object with a
// reused id matches it.
export const NODE_VAL = 0
export const NODE_KEY = 1
export const NODE_NEXT = 2
export const NODE_SLOTS = 3
/** Hi word of a key whose object was collected (a lightuserdata tag: no
 *  live key ever has it). */
export const DEADKEY_HI = 0xfffffffc

// -- Shapes -----------------------------------------------------------------
// A shape is a node of the transition tree: shape id -> (parent, key, count,
// desc). Adding string key k to a table of shape P moves it to the child
// (P, k), created once and found again through a hash of transitions, so
// tables built the same way share shapes. Field slot i of a table holds the
// value of the i-th key of its shape.
//
// The keys of a shape are in a descriptor block in the value arena, shared
// along a chain: a child appends its key in place when its parent is the
// last user of the block, else it copies the keys into a new block.
//
//   slot d = shDesc[sh]
//   +----------------+----------------+
//   | used length    | refcount       |  d + 0
//   +----------------+----------------+
//   | block slots    |     unused     |  d + 1
//   +----------------+----------------+
//   | key 0: str id  | TAG_STR        |  d + 2    (a real string value, so
//   +----------------+----------------+            `next` copies it as is)
//   |       ...  key i at d + DESC_HDR + i
//
// shCount[sh] keys of the block belong to sh (a prefix of the used length).
export const SHAPE_ROOT = 1
/** 64: field lookups scan the descriptor linearly, and a shape branch
 *  copies its keys; past this a table is a dictionary. */
export const SHAPE_MAX_FIELDS = 64
export const DESC_HDR = 2

// -- Polymorphic inline caches --------------------------------------------
// One PIC per field-access site, site = global bytecode index of the
// instruction (H.bc), PIC_WAYS entries each:
//
//   q = site * PIC_WAYS
//   picShape[q + w]  shape id, 0 = empty way, PIC_MEGA in way 0 = megamorphic
//   picSlot[q + w]   field index in that shape, or PIC_ABSENT when the key
//                    is not in the shape (a shape-mode table has every
//                    string key in its fields, so absent = nil)
//
// Interpreter fast path (way 0 inline, ways 1..3 in picLookupStr):
//
//   sh = H.tabShape[t]; q = site * 4
//   if (sh !== 0 && H.picShape[q] === sh) slot = H.tabFields[t] + H.picSlot[q]
//   else slot = picLookupStr(H, site, t, key)
//   if (slot < 0) -> key absent: value nil (then __index)
//
// tabFields + PIC_ABSENT is always negative (arena < 2^29 slots), so the
// fast path needs no extra branch for cached absences.
//
// Store sites (TSETS/GSET) use the same inline test; picSetStr(H, site, t,
// key) is their slow path: it creates the key if needed (a shape
// transition) and caches only (shape, index >= 0), so an inline store hit
// may write fields + picSlot directly. The interpreter clears tabNomm[t]
// on inline stores (tabSet* and picSetStr do it themselves).
//
// Entries are cleared when their shape is freed (gc) or their bytecode is
// freed (bcFree), so a hit is never stale.
export const PIC_WAYS = 4
export const PIC_MEGA = -1
export const PIC_ABSENT = -0x40000000
