// The debug library (stub: being written).
import type { LuaState } from '../vm/state'

/** Open the debug library. */
export function openDebug(L: LuaState): void {
  void L
}
