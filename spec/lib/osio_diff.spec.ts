// Differential corpus for the os, io, package and debug libraries: every
// spec/diff/os/*.lua, and the spec/diff/{base,errors}/*.lua programs that
// use io/os/package/debug/require/module, run as chunk "=stdin" under
// TZ=UTC with the Node host, and their output must equal the .expected
// file recorded from lua5.1 (format: see the top of scripts/record-expected).
//
// The runner is runLua's (spec/helpers/run.ts) plus os.exit: a LuaExit
// ends the program with "--- exit <code>" and an empty message line.
// Programs in KNOWN fail for reasons outside these libraries; one that
// starts passing fails the run, so the list only shrinks.
import { describe, it, expect } from 'vitest'
import * as fs from 'node:fs'
import * as os from 'node:os'
import { join, resolve } from 'node:path'
import { engineNew, engineDoBuffer } from '../../src/vm/engine'
import { outFlush } from '../../src/vm/state'
import { LuaThrow } from '../../src/vm/error'
import { LoadError } from '../../src/vm/load'
import { strToJS } from '../../src/rt/str'
import { toStringRaw } from '../../src/vm/aux'
import { TAG_STR, TAG_NUMX } from '../../soa/value'
import { LuaExit, hostSetDefault } from '../../src/lib/hostio'
import { nodeHostIO } from '../../src/lib/hostio_node'
import { ioFlushAll } from '../../src/lib/io'

process.env.TZ = 'UTC'
hostSetDefault(nodeHostIO({ fs, os, proc: process }))

const root = resolve(__dirname, '..', 'diff')
fs.mkdirSync(resolve(__dirname, '..', '..', '.tmp'), { recursive: true }) // os/io programs write scratch files under ./.tmp/ (git-ignored, absent in a fresh clone)
const USES = /\b(io|os|package|debug|require|module)\b/

/** Known failures: program -> what has to change elsewhere. */
const KNOWN: Record<string, string> = {
  'os/execute_no_command.lua': 'this host has no child_process: os.execute() is 0, not 1',
  'os/execute_status.lua': "this host has no child_process: os.execute(cmd) raises 'execute' not supported",
}

/** Run [src] as "=stdin"; the output in .expected form. */
function runExpectedForm(src: Uint8Array): string {
  const L = engineNew()
  const chunks: Uint8Array[] = []
  L.write = (b: Uint8Array) => { chunks.push(b.slice()) }
  L.writeErr = () => {}
  let tail = ''
  try {
    engineDoBuffer(L, src, '=stdin')
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
  return out + tail
}

/** The .lua files of [area] that this driver runs. */
function programs(area: string): string[] {
  const dir = join(root, area)
  if (!fs.existsSync(dir)) return []
  const all = fs.readdirSync(dir).filter((f) => f.endsWith('.lua')).sort()
  if (area === 'os') return all
  return all.filter((f) => USES.test(fs.readFileSync(join(dir, f), 'latin1')))
}

for (const area of ['os', 'base', 'errors']) {
  describe(`diff ${area} (os/io/package/debug)`, () => {
    for (const f of programs(area)) {
      const rel = area + '/' + f
      it(rel, () => {
        const dir = join(root, area)
        const src = fs.readFileSync(join(dir, f))
        const want = fs.readFileSync(join(dir, f.replace(/\.lua$/, '.expected')), 'latin1')
        const got = runExpectedForm(src)
        if (rel in KNOWN) expect(got === want, `${rel} passes now: remove it from KNOWN`).toBe(false)
        else expect(got).toBe(want)
      })
    }
  })
}
