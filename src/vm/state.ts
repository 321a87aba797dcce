// Execution state: the one object the interpreter and host functions share.
//
// The heap (src/rt/heap.ts) owns every Lua object; LuaState is the running
// view onto it: the current thread, its frame base and top, and the cached
// typed-array views of the value arena. Host functions receive it first.
//
// Host function ABI (like lua_CFunction):
//   - arguments are the arena slots L.base .. L.top-1 (nargs = L.top-L.base);
//   - the function pushes its results at L.top (after ensuring space with
//     stackCheck) and returns how many it pushed: the last n slots below
//     L.top are the results;
//   - errors are thrown as LuaThrow (src/vm/error.ts), never plain JS errors;
//   - anything that allocates may grow the arena: re-read L.H.vF / L.H.vU
//     and L.base (the stack may move) after such calls.
import type { Heap } from '../rt/heap'

/** A host (JS) function callable from Lua. Returns the result count. */
export type HostFn = (L: LuaState) => number

/** The interpreter's running state. Created once per engine by stateNew. */
export interface LuaState {
  H: Heap
  th: number // running thread id
  base: number // arena slot of the current frame's first argument/register
  top: number // arena slot one past the last live value
}
