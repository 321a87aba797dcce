// The io library (stub: being written).
import type { LuaState } from '../vm/state'

/** Open the io library. */
export function openIo(L: LuaState): void {
  void L
}
