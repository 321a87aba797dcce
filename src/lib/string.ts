// The string library (stub: being written).
import type { LuaState } from '../vm/state'

/** Open the string library. */
export function openString(L: LuaState): void {
  void L
}
