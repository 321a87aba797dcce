// The os library (stub: being written).
import type { LuaState } from '../vm/state'

/** Open the os library. */
export function openOs(L: LuaState): void {
  void L
}
