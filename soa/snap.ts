// Snapshot layout: how to rebuild the interpreter stack at a trace exit.
//
// A snapshot lists only the stack slots the trace has modified since its
// start (LuaJIT's sparse snapshots, lj_snap.c); every other slot still
// holds its interpreter value. Entries live in one flat Uint32Array map,
// one u32 per entry, packed as in LuaJIT:
//
//   31        24 23            16 15                0
//   +-----------+----------------+------------------+
//   |   slot    |     flags      |       ref        |
//   +-----------+----------------+------------------+
//   slot: frame-relative slot number (0 = function, 1 = link, 2 = first
//         local of the trace's base frame: LuaJIT's FR2 numbering)
//   ref:  the IR ref holding the value (a constant ref is written as is)
//
// Per snapshot (columns of the trace's snapshot arrays):
//   snapOfs[n]   first entry in the map
//   snapNent[n]  number of entries
//   snapRef[n]   the snapshot is valid after IR ins snapRef[n] - 1
//   snapPc[n]    bytecode pc (absolute index into H.bc) to resume at
//   snapNslots[n] slots covered, counted from slot 0 of the root frame
//   snapBase[n]  baseslot of the frame to resume in: 2 for the root frame,
//                a + 2 for a callee inlined by a CALL with A = a - baseslot
//   snapMres[n]  L.multres at that point (read by a CALLM/RETM resume)
//
// Frames of inlined calls are entries too: the callee's function slot
// (the caller's CALL register) and its frame link, a number entry holding
// retpc * 8 flagged SNAP_FRAME (for -jdump's '|' mark). Restoring the
// entries therefore rebuilds the interpreter's FR2 frames:
//
//   slot  bs0-2  bs0-1   ...   a     a+1        a+2 ...    (bs1 = a + 2)
//        [func ][link ] ... [func1][retpc*8|F] [args/locals of callee 1]
//
// Exit number = snapshot number: a guard exits through the newest snapshot
// taken before it.
export const SNAP_FRAME = 0x010000 // frame slot (function / link)
export const SNAP_CONT = 0x020000 // continuation slot
export const SNAP_NORESTORE = 0x040000 // the parent's value is still there
export const SNAP_KEYINDEX = 0x080000
export const SNAP_SOFTFPNUM = 0x100000

/** Pack a snapshot entry. */
export function snapEntry(slot: number, flags: number, ref: number): number {
  return ((slot << 24) | flags | ref) >>> 0
}
/** Slot of entry [e]. */
export function snapSlot(e: number): number { return e >>> 24 }
/** IR ref of entry [e]. */
export function snapRef(e: number): number { return e & 0xffff }
/** Flags of entry [e]. */
export function snapFlags(e: number): number { return e & 0xff0000 }

/** Exit count that marks a snapshot as done (no more side-trace tries). */
export const SNAPCOUNT_DONE = 255
