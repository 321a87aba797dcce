// The math library (stub: being written).
import type { LuaState } from '../vm/state'

/** Open the math library. */
export function openMath(L: LuaState): void {
  void L
}
