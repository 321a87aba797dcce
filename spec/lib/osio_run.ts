// Test runner for the os/io/package/debug specs: runs a Lua program as
// chunk "=stdin" with the Node host (fs, os, process, child_process), a
// fresh temporary directory named by the Lua local TMP (prepended on line
// 1), optional files in it and an optional stdin, and returns the output in
// .expected form (stdout, then "--- exit N" and the error message), with
// the directory replaced by <TMP>. The cases' expectations were recorded
// from lua5.1 the same way (TZ=UTC, LC_ALL=C). Programs use absolute paths
// under TMP only (vitest runs specs in worker threads: no chdir).
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as cp from 'node:child_process'
import { join, dirname } from 'node:path'
import { engineNew, engineDoBuffer } from '../../src/vm/engine'
import { outFlush, type LuaState } from '../../src/vm/state'
import { LuaThrow } from '../../src/vm/error'
import { LoadError } from '../../src/vm/load'
import { strToJS } from '../../src/rt/str'
import { toStringRaw } from '../../src/vm/aux'
import { TAG_STR, TAG_NUMX } from '../../soa/value'
import { LuaExit, hostInstall, hostMemFile, type LuaHostIO } from '../../src/lib/hostio'
import { nodeHostIO } from '../../src/lib/hostio_node'
import { ioFlushAll } from '../../src/lib/io'

process.env.TZ = 'UTC'

/** One recorded program. */
export interface Case {
  name: string
  note?: string // why the expectation differs from lua5.1, if it does
  files?: Record<string, string> // created under TMP before the run
  stdin?: string
  src: string
  want: string
}

/** What a run produced. */
export interface RunOut {
  out: string // .expected form
  err: string // everything written to stderr
  L: LuaState
}

/** The Node host, with [stdin] as standard input when given. */
export function testHost(stdin?: string): LuaHostIO {
  const h = nodeHostIO({ fs, os, proc: process, childProcess: cp })
  if (stdin === undefined) return h
  return { ...h, stdin: hostMemFile(new TextEncoder().encode(stdin), 0) }
}

/** Run [src] with TMP = [dir] and [host]; see the file header. */
export function runIn(src: string, dir: string, host: LuaHostIO): RunOut {
  const L = engineNew()
  hostInstall(L, host)
  const chunks: Uint8Array[] = []
  const errs: Uint8Array[] = []
  L.write = (b: Uint8Array) => { chunks.push(b.slice()) }
  L.writeErr = (b: Uint8Array) => { errs.push(b.slice()) }
  let tail = ''
  try {
    engineDoBuffer(L, new TextEncoder().encode("local TMP = '" + dir + "'; " + src), '=stdin')
    ioFlushAll(L)
  } catch (e) {
    outFlush(L)
    let code = 1
    let msg: string
    if (e instanceof LuaExit) { code = e.code; msg = '' }
    else if (e instanceof LoadError) msg = e.message
    else if (e instanceof LuaThrow) {
      if (e.hi === TAG_STR) msg = strToJS(L.H, e.lo)
      else if (e.hi < TAG_NUMX) msg = toStringRaw(L, e.hi, e.lo)
      else msg = '(error object is not a string)'
    } else throw e
    if (code !== 0) tail = '--- exit ' + code + '\n' + msg + '\n'
  }
  outFlush(L)
  let out = Buffer.concat(chunks).toString('latin1')
  if (tail !== '' && out !== '' && !out.endsWith('\n')) out += '\n'
  return { out: out + tail, err: Buffer.concat(errs).toString('latin1'), L }
}

/** Run case [c] in a fresh temporary directory; its output with <TMP>. */
export function runCase(c: Case): string {
  const dir = fs.mkdtempSync(join(os.tmpdir(), 'tracelua_'))
  try {
    if (c.files !== undefined) {
      for (const p of Object.keys(c.files)) {
        fs.mkdirSync(dirname(join(dir, p)), { recursive: true })
        fs.writeFileSync(join(dir, p), c.files[p], 'latin1')
      }
    }
    return runIn(c.src, dir, testHost(c.stdin)).out.split(dir).join('<TMP>')
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
