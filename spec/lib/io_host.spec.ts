// Host I/O: the no-filesystem host (browser default) and the Node host's
// plumbing (errno mapping, memory files, installation into a state, real
// Node modules fitting the structural parameter types).
import { describe, it, expect } from 'vitest'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as cp from 'node:child_process'
import { join } from 'node:path'
import { engineNew, engineDoBuffer } from '../../src/vm/engine'
import { LuaThrow } from '../../src/vm/error'
import {
  HostIOError, LuaExit, hostIONoFs, hostInstall, hostMemFile, hostOf, type LuaHostIO,
} from '../../src/lib/hostio'
import { nodeHostIO } from '../../src/lib/hostio_node'
import { ioFlushAll } from '../../src/lib/io'
import { runIn } from './osio_run'

/** Run [src] on a state with [host]; stdout text, or the error message. */
function run(src: string, host: LuaHostIO): string {
  const L = engineNew()
  let out = ''
  hostInstall(L, { ...host, stdout: (b: Uint8Array) => { out += Buffer.from(b).toString('latin1') } })
  try {
    engineDoBuffer(L, new TextEncoder().encode(src), '=t')
    ioFlushAll(L)
  } catch (e) {
    ioFlushAll(L)
    if (e instanceof LuaThrow) return out + 'ERROR ' + e.message
    if (e instanceof LuaExit) return out + 'EXIT ' + e.code
    throw e
  }
  return out
}

describe('no-filesystem host', () => {
  const h = hostIONoFs()
  it('raises clear errors for files and processes', () => {
    expect(run("io.open('x')", h)).toBe('ERROR t:1: files are not available (no filesystem in this host)')
    expect(run('io.tmpfile()', h)).toBe('ERROR t:1: temporary files are not available (no filesystem in this host)')
    expect(run("io.popen('ls')", h)).toBe("ERROR t:1: 'popen' not supported")
    expect(run("os.remove('x')", h)).toBe('ERROR t:1: files are not available (no filesystem in this host)')
    expect(run("os.rename('x', 'y')", h)).toBe('ERROR t:1: files are not available (no filesystem in this host)')
    expect(run('os.tmpname()', h)).toBe('ERROR t:1: temporary files are not available (no filesystem in this host)')
    expect(run("os.execute('ls')", h)).toBe("ERROR t:1: 'execute' not supported")
    expect(run("io.lines('x')", h)).toBe('ERROR t:1: files are not available (no filesystem in this host)')
  })
  it('keeps everything that needs no filesystem', () => {
    expect(run("print(os.execute(), os.getenv('HOME'), type(os.time()), type(os.clock()), os.date('!%Y', 0))", h))
      .toBe('0\tnil\tnumber\tnumber\t1970\n')
    expect(run("io.write('a', 1, '\\n') print(io.read(), io.read('*a'), io.stdin:read(0))", h)).toBe('a1\nnil\t\tnil\n')
    expect(run("print(loadfile('x')) print(pcall(dofile, 'x'))", h)).toBe('nil\tcannot open x: No such file or directory\nfalse\tcannot open x: No such file or directory\n')
    expect(run("print(pcall(require, 'm'))", h).startsWith("false\tmodule 'm' not found:")).toBe(true)
  })
  it('os.exit throws LuaExit after flushing', () => {
    expect(run("io.write('x') os.exit(5)", h)).toBe('xEXIT 5')
    expect(run('os.exit()', h)).toBe('EXIT 0')
  })
  it('sends output to the given sinks', () => {
    const out: string[] = [], err: string[] = []
    const L = engineNew()
    hostInstall(L, hostIONoFs((b) => { out.push(Buffer.from(b).toString()) }, (b) => { err.push(Buffer.from(b).toString()) }))
    engineDoBuffer(L, new TextEncoder().encode("print('o') io.stderr:write('e')"), '=t')
    ioFlushAll(L)
    expect(out.join('')).toBe('o\n')
    expect(err.join('')).toBe('e')
    expect(hostOf(L).env('PATH')).toBe(null)
  })
})

describe('Node host', () => {
  const h: LuaHostIO = nodeHostIO({ fs, os, proc: process, childProcess: cp })
  it('maps Node errors to strerror texts and errno', () => {
    let e: unknown = null
    try { h.open('/nonexistent/tracelua/x', 'r') } catch (x) { e = x }
    expect(e).toBeInstanceOf(HostIOError)
    expect((e as HostIOError).message).toBe('No such file or directory')
    expect((e as HostIOError).errno).toBe(2)
  })
  it('reads and writes positionally, reports size, tmpname creates the file', () => {
    const dir = fs.mkdtempSync(join(os.tmpdir(), 'tracelua_'))
    try {
      const f = h.open(join(dir, 'f'), 'w+')
      expect(f.seekable).toBe(true)
      f.write(new TextEncoder().encode('hello'), 0, 5, 0)
      f.write(new TextEncoder().encode('J'), 0, 1, 0)
      const b = new Uint8Array(10)
      expect(f.read(b, 0, 10, 1)).toBe(4)
      expect(Buffer.from(b.subarray(0, 4)).toString()).toBe('ello')
      expect(f.size()).toBe(5)
      f.close()
      const n = h.tmpname()
      expect(fs.existsSync(n)).toBe(true)
      h.remove(n)
      expect(fs.existsSync(n)).toBe(false)
    } finally { fs.rmSync(dir, { recursive: true, force: true }) }
  })
  it('runs commands (execute, popen) when child_process is given', () => {
    expect(h.execute(null)).toBe(1)
    expect(h.execute('exit 2')).toBe(512)
    const p = h.popen('printf abc', 'r')
    const b = new Uint8Array(8)
    expect(p.read(b, 0, 8, -1)).toBe(3)
    expect(p.close()).toBe(0)
    const noCp = nodeHostIO({ fs, os, proc: process })
    expect(noCp.execute(null)).toBe(0)
    expect(() => noCp.popen('ls', 'r')).toThrow("'popen' not supported")
  })
  it('memory files read once and refuse writes', () => {
    const m = hostMemFile(new TextEncoder().encode('xyz'), 7)
    const b = new Uint8Array(2)
    expect(m.read(b, 0, 2, -1)).toBe(2)
    expect(m.read(b, 0, 2, -1)).toBe(1)
    expect(m.read(b, 0, 2, -1)).toBe(0)
    expect(() => m.write(b, 0, 1, -1)).toThrow('Bad file descriptor')
    expect(m.close()).toBe(7)
  })
  it('installs into a state: loadfile and dofile read through the host', () => {
    const dir = fs.mkdtempSync(join(os.tmpdir(), 'tracelua_'))
    try {
      fs.writeFileSync(join(dir, 'm.lua'), 'return 1 + ...')
      const r = runIn("print(loadfile(TMP .. '/m.lua')(41)) print(dofile(TMP .. '/m.lua'))", dir, h)
      expect(r.out.startsWith('42\n--- exit 1\n')).toBe(true)
      expect(r.out).toContain('m.lua:1: attempt to perform arithmetic')
    } finally { fs.rmSync(dir, { recursive: true, force: true }) }
  })
})
