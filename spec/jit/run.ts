// Spec helper: run Lua with the tracing JIT installed (low hot thresholds).
import { engineNew, engineDoBuffer } from '../../src/vm/engine'
import { outFlush } from '../../src/vm/state'
import { LuaThrow } from '../../src/vm/error'
import { LoadError } from '../../src/vm/load'
import { strToJS } from '../../src/rt/str'
import { toStringRaw } from '../../src/vm/aux'
import { TAG_STR, TAG_NUMX } from '../../soa/value'
import { installJit, type JitOptions } from '../../src/jit/trace'
import type { JitState } from '../../src/jit/state'

/** What a run produced. */
export interface JitRun {
  out: string
  error: string | null
  J: JitState | null
  log: string[]
}

/** Run [src]; with [opts] the JIT is installed with those options. */
export function runJit(src: string, opts: JitOptions | null, chunkname = '=x'): JitRun {
  const L = engineNew()
  const chunks: Uint8Array[] = []
  L.write = (b: Uint8Array) => { chunks.push(b.slice()) }
  L.writeErr = (b: Uint8Array) => { chunks.push(b.slice()) }
  const log: string[] = []
  const J = opts === null ? null : installJit(L, { ...opts, log: (s) => { log.push(s) } })
  let error: string | null = null
  try {
    engineDoBuffer(L, new TextEncoder().encode(src), chunkname)
  } catch (e) {
    if (e instanceof LoadError) error = e.message
    else if (e instanceof LuaThrow) {
      if (e.hi === TAG_STR) error = strToJS(L.H, e.lo)
      else if (e.hi < TAG_NUMX) error = toStringRaw(L, e.hi, e.lo)
      else error = '(error object is not a string)'
    } else if (e instanceof Error) error = 'host ' + e.name + ': ' + e.message // os.exit and friends
    else throw e
  }
  outFlush(L)
  const out = chunks.map((c) => Buffer.from(c).toString('latin1')).join('')
  return { out, error, J, log }
}

/** Does the interpreter reload pc/base after a hook that ran a trace? */
export function interpReloadsAfterHook(): boolean {
  const r = runJit('local x = 0 for i = 1, 300 do x = x + 2 end print(x)', { hotloop: 2 })
  return r.out === '600\n' && r.J !== null && r.J.traces.length === 1
}
