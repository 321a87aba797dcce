// The bit library (stub: being written).
import type { LuaState } from '../vm/state'

/** Open the bit library. */
export function openBit(L: LuaState): void {
  void L
}
