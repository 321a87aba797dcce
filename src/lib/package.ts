// The package library (stub: being written).
import type { LuaState } from '../vm/state'

/** Open the package library. */
export function openPackage(L: LuaState): void {
  void L
}
