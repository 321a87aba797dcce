// Test helper: run a Lua program in-process and capture what it prints.
import { engineNew, engineDoBuffer } from '../../src/vm/engine'
import { outFlush } from '../../src/vm/state'
import { LuaThrow } from '../../src/vm/error'
import { LoadError } from '../../src/vm/load'
import { strToJS } from '../../src/rt/str'
import { toStringRaw } from '../../src/vm/aux'
import { TAG_STR, TAG_NUMX } from '../../soa/value'
import * as fs from 'node:fs'
import * as os from 'node:os'
import { nodeHostIO } from '../../src/lib/hostio_node'
import { hostSetDefault, hostInstall, LuaExit } from '../../src/lib/hostio'
import { ioFlushAll } from '../../src/lib/io'

/** Execution modes every Lua test runs in (JIT modes join later). */
export const MODES = ['interp'] as const
export type Mode = typeof MODES[number] | 'gcstress'

/** What a run produced: stdout text and the uncaught error message (or null). */
export interface RunResult {
  out: string
  error: string | null
}

/** What an uncaught os.exit left: exit code, or -1 when none. */
export let lastExit = -1

/** Run [src] as chunk [chunkname] in [mode]. */
export function runLua(src: string | Uint8Array, chunkname: string, mode: Mode = 'interp'): RunResult {
  const chunks: Uint8Array[] = []
  const host = nodeHostIO({ fs, os, proc: process })
  host.stdout = (b: Uint8Array) => { chunks.push(b.slice()) }
  host.stderr = () => {}
  hostSetDefault(host)
  const L = engineNew({ gcStress: mode === 'gcstress' })
  hostInstall(L, host)
  L.write = (b: Uint8Array) => { chunks.push(b.slice()) }
  L.writeErr = () => {}
  lastExit = -1
  const bytes = typeof src === 'string' ? new TextEncoder().encode(src) : src
  let error: string | null = null
  try {
    engineDoBuffer(L, bytes, chunkname)
    ioFlushAll(L)
  } catch (e) {
    ioFlushAll(L)
    if (e instanceof LuaExit) { lastExit = e.code; if (e.code !== 0) error = '' }
    else if (e instanceof LoadError) error = e.message
    else if (e instanceof LuaThrow) {
      if (e.hi === TAG_STR) error = strToJS(L.H, e.lo)
      else if (e.hi === 0xffffffff) error = ''
      else if (e.hi < TAG_NUMX) error = toStringRaw(L, e.hi, e.lo)
      else error = '(error object is not a string)'
    } else throw e
  }
  outFlush(L)
  let total = 0
  for (const c of chunks) total += c.length
  const all = new Uint8Array(total)
  let o = 0
  for (const c of chunks) { all.set(c, o); o += c.length }
  return { out: Buffer.from(all).toString('latin1'), error }
}
