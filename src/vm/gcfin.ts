// Finalizers: run the __gc metamethods of userdata the collector queued.
//
// The collector (src/rt/gc.ts) never runs Lua code: it resurrects userdata
// with a __gc metamethod and queues them in H.gcTodo. The interpreter drains
// the queue at safe points with runFinalizers, calling each __gc through a
// host->Lua call; errors in a finalizer propagate like any error (5.1).
import { MM } from '../../soa/bc'
import { TAG_UDATA, TAG_FUNC } from '../../soa/value'
import { metaSlot } from './meta'
import { vmCall } from './call'
import type { LuaState } from './state'

/** Call __gc for every queued userdata. */
export function runFinalizers(L: LuaState): void {
  const H = L.H
  while (H.gcTodoN > 0) {
    const u = H.gcTodo[--H.gcTodoN]
    const mt = H.udMeta[u]
    if (mt === 0) continue
    const mm = metaSlot(L, mt, MM.gc)
    if (mm < 0 || H.vU[2 * mm + 1] !== TAG_FUNC) continue
    const f = L.top
    if (f + 8 > L.stackEnd) continue
    const U = H.vU
    U[2 * f] = U[2 * mm]; U[2 * f + 1] = U[2 * mm + 1]
    U[2 * (f + 2)] = u; U[2 * (f + 2) + 1] = TAG_UDATA
    vmCall(L, f, 1)
    L.top = f
  }
}
