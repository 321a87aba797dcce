// The table library (stub: being written).
import type { LuaState } from '../vm/state'

/** Open the table library. */
export function openTable(L: LuaState): void {
  void L
}
