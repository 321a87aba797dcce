// The jit library (stub: being written).
import type { LuaState } from '../vm/state'

/** Open the jit library. */
export function openJit(L: LuaState): void {
  void L
}
