// Engine assembly: a heap, a state over it, the main thread's bottom frame
// and the standard libraries. The public API (src/index.ts) and the CLI
// build on these functions.
import { TAG_FUNC, TAG_NIL, PAYLOAD_NONE } from '../../soa/value'
import { heapNew } from '../rt/heap'
import { arenaAllocNil } from '../rt/arena'
import { openBase } from '../lib/base'
import { openCoroutine } from '../lib/coroutine'
import { openString } from '../lib/string'
import { openTable } from '../lib/table'
import { openMath } from '../lib/math'
import { openOs } from '../lib/os'
import { openIo } from '../lib/io'
import { openBit } from '../lib/bit'
import { openJit } from '../lib/jit'
import { openPackage } from '../lib/package'
import { openDebug } from '../lib/debug'
import { loadBuffer } from './load'
import { installJit } from '../jit/trace'
import { vmCall } from './call'
import { FRAME_C, stateNew, type LuaState } from './state'

/** Options for engineNew. */
export interface EngineOpts {
  gcStress?: boolean
  /** Tracing JIT (JS backend): on by default, as in LuaJIT. */
  jit?: boolean
}

/** Library openers, in the order lua5.1 opens them (base first). */
export const LIB_OPENERS: ((L: LuaState) => void)[] = [
  openBase, openPackage, openTable, openIo, openOs, openString, openMath, openDebug, openCoroutine,
  openBit, openJit,
]

/** A new heap and state with the main thread's bottom frame (a host
 *  frame: nil function, FRAME_C link) and no libraries. */
export function engineBareState(gcStress: boolean): LuaState {
  const H = heapNew({ gcStress })
  const L = stateNew(H)
  L.scratch = arenaAllocNil(H, 4)
  const th = H.mainThread
  const stack = H.thStack[th]
  H.vU[2 * stack] = PAYLOAD_NONE; H.vU[2 * stack + 1] = TAG_NIL
  H.vF[stack + 1] = FRAME_C
  L.th = th
  L.base = stack + 2
  L.top = stack + 2
  L.stackEnd = stack + H.thSize[th]
  return L
}

/** A new state with the standard libraries open. */
export function engineNew(opts?: EngineOpts): LuaState {
  const L = engineBareState(opts !== undefined && opts.gcStress === true)
  for (let i = 0; i < LIB_OPENERS.length; i++) LIB_OPENERS[i](L)
  if (opts === undefined || opts.jit !== false) installJit(L)
  return L
}

/** Load and run [src] as [chunkname] with no arguments; returns the
 *  result count (results at L.top - n). Throws LoadError / LuaThrow. */
export function engineDoBuffer(L: LuaState, src: Uint8Array, chunkname: string): number {
  const f = loadBuffer(L, src, chunkname)
  const base = L.top
  const U = L.H.vU
  U[2 * base] = f; U[2 * base + 1] = TAG_FUNC
  L.top = base + 2
  return vmCall(L, base, 0)
}
