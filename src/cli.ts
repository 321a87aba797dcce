// The tracelua command line, compatible with lua5.1's lua.c (and LuaJIT's
// luajit.c for -b, -j and -O):
//
//   tracelua [options] [script [args]]
//     -e stat   execute string 'stat'          -l name  require library 'name'
//     -i        interactive mode after script  -v       show version information
//     -b ...    bytecode listing (-bl file)    -j cmd   JIT control (on, off, flush, v, dump, p)
//     -O[opt]   JIT optimisation flags         --       stop handling options
//     -         execute stdin and stop handling options
//
// The order of work is lua.c's pmain: LUA_INIT ("@file" or a chunk named
// "=LUA_INIT"), option scan (an invalid option prints the usage), -v, then
// -e / -l / -j / -O in command-line order, then the script with `arg`
// (arg[0] = script, arguments at 1.., the interpreter and options at
// negative indices) and the arguments also passed as `...`; then -i, or,
// with nothing to run, the REPL on a terminal and stdin as a script
// otherwise. Uncaught errors print "tracelua: msg" and, for string
// messages, the traceback to stderr, and the exit status is 1. Scripts
// skip a first line starting with '#'. The VM buffers stdout; every run
// flushes it before anything is written to stderr.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as cp from 'node:child_process'
import * as tty from 'node:tty'
import { LuaEngine, engineLoadFile } from './api/engine'
import { LuaError, LuaSyntaxError } from './api/errors'
import { LuaFunction } from './api/handles'
import { nodeHostIO } from './lib/hostio_node'
import { LuaExit } from './lib/hostio'
import { ioFlushAll } from './lib/io'
import { compile } from './front/parse'
import { LuaCompileError } from './front/error'
import { bcList } from './front/bclist'
import { VERSION } from './index'
import { replRun, replLinesPipe, replLinesTTY } from './repl'
import { jitSetLog, jitSetDump } from './jit/trace'

/** Program name in messages (lua5.1 prints its argv[0]). */
const PROG = 'tracelua'

/** Printed by -v and before an interactive session. */
const VERSION_LINE = 'tracelua ' + VERSION + ' (Lua 5.1)  Copyright (C) 2026 The tracelua authors'

const USAGE =
  'usage: ' + PROG + ' [options] [script [args]].\n' +
  'Available options are:\n' +
  "  -e stat  execute string 'stat'\n" +
  "  -l name  require library 'name'\n" +
  "  -i       enter interactive mode after executing 'script'\n" +
  '  -v       show version information\n' +
  '  --       stop handling options\n' +
  '  -        execute stdin and stop handling options\n'

/** strerror texts for the errors file loading meets. */
const STRERROR: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EMFILE: 'Too many open files',
  ELOOP: 'Too many levels of symbolic links',
  ENAMETOOLONG: 'File name too long',
}

// -- Output -------------------------------------------------------------------

/** Write [s] (text) or bytes to file descriptor [fd], all of it. */
function writeFd(fd: number, s: string | Uint8Array): void {
  const b = typeof s === 'string' ? Buffer.from(s, 'utf8') : s
  let off = 0
  while (off < b.length) {
    try {
      off += fs.writeSync(fd, b, off, b.length - off)
    } catch (e) {
      if ((e as { code?: string }).code === 'EAGAIN') continue
      throw e
    }
  }
}

/** lua.c's l_message: "prog: msg\n" on stderr ([prog] false: no prefix). */
function message(prog: boolean, msg: string | Uint8Array): void {
  if (prog) writeFd(2, PROG + ': ')
  writeFd(2, msg)
  writeFd(2, '\n')
}

/** A script file that cannot be read ("cannot open x: No such file ..."). */
class FileError extends Error {}

/** lua.c's report for an exception [e] from a run. Returns the status. */
function report(e: unknown, prog: boolean): number {
  if (e instanceof LuaExit) throw e
  if (e instanceof FileError) { message(prog, e.message); return 1 }
  if (e instanceof LuaSyntaxError) { message(prog, e.message); return 1 }
  if (e instanceof LuaError) {
    const v = e.value
    if (v === undefined) return 1
    if (typeof v === 'string' || typeof v === 'number' || v instanceof Uint8Array) {
      const text = typeof v === 'number' ? e.message : v
      message(prog, text)
      if (e.traceback !== '') writeFd(2, e.traceback + '\n')
      return 1
    }
    message(prog, '(error object is not a string)')
    return 1
  }
  message(prog, 'internal error: ' + (e instanceof Error ? (e.stack ?? e.message) : String(e)))
  return 1
}

// -- Running chunks -------------------------------------------------------------

/** Read file [name] ('' = stdin) or throw the lua5.1 message. */
function readSource(name: string): Uint8Array {
  try {
    return fs.readFileSync(name === '' ? 0 : name)
  } catch (e) {
    const code = (e as { code?: string }).code ?? ''
    const what = code === 'EISDIR' ? 'read' : 'open'
    const serr = STRERROR[code] ?? (e instanceof Error ? e.message : String(e))
    throw new FileError('cannot ' + what + ' ' + (name === '' ? 'stdin' : name) + ': ' + serr)
  }
}

/** Load file [name] ('' = stdin) as a chunk. Throws LuaError / LuaSyntaxError. */
function loadFile(lua: LuaEngine, name: string): LuaFunction {
  const src = readSource(name)
  return engineLoadFile(lua, src, name === '' ? '=stdin' : '@' + name)
}

/** Run [f] with [args]; reports errors. Returns the status (0 = ok). */
function docall(f: () => unknown, prog = true): number {
  try {
    f()
    return 0
  } catch (e) {
    return report(e, prog)
  }
}

/** lua.c dostring: run [code] named [name]. */
function dostring(lua: LuaEngine, code: string, name: string): number {
  return docall(() => lua.run(Buffer.from(code, 'utf8'), { chunkName: name }))
}

/** lua.c dofile: run file [name] ('' = stdin). */
function dofile(lua: LuaEngine, name: string): number {
  return docall(() => loadFile(lua, name).call())
}

/** lua.c dolibrary: require(name). */
function dolibrary(lua: LuaEngine, name: string): number {
  return docall(() => lua.call('require', name))
}

/** luajit.c dojitcmd: -j cmd[=arg,...]. */
function dojitcmd(lua: LuaEngine, cmd: string): number {
  const eq = cmd.indexOf('=')
  const name = eq >= 0 ? cmd.slice(0, eq) : cmd
  const args = eq >= 0 ? cmd.slice(eq + 1).split(',') : []
  if (name === 'on' || name === 'off' || name === 'flush') {
    return docall(() => lua.call('jit.' + name, ...args))
  }
  // Tracing tools: -jv (trace events) and -jdump (IR + generated JS) go to
  // stderr; -jp (profiler) is accepted and ignored.
  if (name === 'v') { jitSetLog(lua.core.L, (line: string) => { process.stderr.write(line + '\n') }); return 0 }
  if (name === 'dump') { jitSetDump(lua.core.L, (text: string) => { process.stderr.write(text) }); return 0 }
  if (name === 'p') return 0
  message(true, 'unknown luaJIT command or jit.* modules not installed')
  return 1
}

/** luajit.c dojitopt: -O[flags] -> jit.opt.start(flags split at ','). */
function dojitopt(lua: LuaEngine, opt: string): number {
  const args = opt === '' ? [] : opt.split(',')
  try {
    lua.call('jit.opt.start', ...args)
    return 0
  } catch (e) {
    if (e instanceof LuaError && (typeof e.value !== 'object' || e.value instanceof Uint8Array)) {
      message(true, e.message)
      return 1
    }
    return report(e, true)
  }
}

// -- Options ------------------------------------------------------------------------

/** Result of collectargs. */
interface Scan {
  script: number // index of the script in argv, 0 if none, -1 bad usage
  i: boolean
  v: boolean
  e: boolean
  b: number // index of a -b option (argv[b] .. are bcsave's arguments), 0 if none
}

/** lua.c collectargs (with luajit.c's -b, -j, -O). [argv][0] = program. */
function collectargs(argv: string[]): Scan {
  const r: Scan = { script: 0, i: false, v: false, e: false, b: 0 }
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]
    if (a.charAt(0) !== '-') { r.script = i; return r }
    switch (a.charAt(1)) {
      case '-':
        if (a.length !== 2) { r.script = -1; return r }
        r.script = i + 1 < argv.length ? i + 1 : 0
        return r
      case '':
        r.script = i
        return r
      case 'i':
        if (a.length !== 2) { r.script = -1; return r }
        r.i = true
        r.v = true
        break
      case 'v':
        if (a.length !== 2) { r.script = -1; return r }
        r.v = true
        break
      case 'e':
      case 'l':
      case 'j':
        if (a.charAt(1) === 'e') r.e = true
        if (a.length === 2) {
          i++
          if (i >= argv.length) { r.script = -1; return r }
        }
        break
      case 'O':
        break
      case 'b':
        if (r.i || r.v || r.e) { r.script = -1; return r }
        r.b = i
        return r
      default:
        r.script = -1
        return r
    }
  }
  return r
}

/** lua.c runargs: -e, -l, -j, -O in order, up to argv index [n]. */
function runargs(lua: LuaEngine, argv: string[], n: number): number {
  for (let i = 1; i < n; i++) {
    const a = argv[i]
    const opt = a.charAt(1)
    if (opt === 'e' || opt === 'l' || opt === 'j') {
      let arg = a.slice(2)
      if (arg === '') arg = argv[++i]
      const st = opt === 'e' ? dostring(lua, arg, '=(command line)')
        : opt === 'l' ? dolibrary(lua, arg) : dojitcmd(lua, arg)
      if (st !== 0) return 1
    } else if (opt === 'O') {
      if (dojitopt(lua, a.slice(2)) !== 0) return 1
    }
  }
  return 0
}

/** lua.c handle_script: the arg table, then the script with its args. */
function handleScript(lua: LuaEngine, argv: string[], n: number): number {
  let name = argv[n]
  if (name === '-' && argv[n - 1] !== '--') name = ''
  const arg = lua.createTable()
  for (let i = 0; i < argv.length; i++) arg.rawset(i - n, argv[i])
  lua.globals.set('arg', arg)
  const args = argv.slice(n + 1)
  return docall(() => loadFile(lua, name).call(...args))
}

// -- Bytecode listing (-b) ------------------------------------------------------------

/** luajit -b: only listings (-l), of a file or of -e chunk. */
function dobytecode(argv: string[]): number {
  const args: string[] = []
  const first = argv[0].slice(2)
  if (first !== '') args.push('-' + first)
  for (let i = 1; i < argv.length; i++) args.push(argv[i])
  let list = false
  let chunk: string | null = null
  const files: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a.length > 1 && a.charAt(0) === '-' && files.length === 0) {
      for (let j = 1; j < a.length; j++) {
        const c = a.charAt(j)
        if (c === 'l') list = true
        else if (c === 's' || c === 'g') { /* strip / debug info: no effect on listings */ }
        else if (c === 'e') { chunk = args[++i] ?? null; if (chunk === null) return bcUsage(); break }
        else if (c === 'n' || c === 't' || c === 'a' || c === 'o') { i++; break }
        else return bcUsage()
      }
    } else files.push(a)
  }
  if (!list) {
    message(true, 'only bytecode listings (-b -l) are supported')
    return 1
  }
  let src: Uint8Array, name: string
  if (chunk !== null) { src = Buffer.from(chunk, 'utf8'); name = chunk }
  else {
    if (files.length === 0) return bcUsage()
    const f = files.shift() as string
    try { src = readSource(f === '-' ? '' : f) } catch (e) { message(true, (e as Error).message); return 1 }
    name = f === '-' ? '=stdin' : '@' + f
  }
  let text: string
  try {
    text = bcList(compile(src, name, { skipShebang: true, luajitVararg: true }))
  } catch (e) {
    if (e instanceof LuaCompileError) { message(true, Buffer.from(e.message, 'latin1')); return 1 }
    throw e
  }
  const out = files.length > 0 ? files[0] : '-'
  const bytes = Buffer.from(text, 'latin1')
  if (out === '-') writeFd(1, bytes)
  else fs.writeFileSync(out, bytes)
  return 0
}

/** Usage of -b. */
function bcUsage(): number {
  writeFd(2, 'Save LuaJIT bytecode: ' + PROG + ' -b[options] input output\n' +
    '  -l        Only list bytecode.\n' +
    '  -e chunk  Use chunk string as input.\n' +
    '  -         Use stdin as input and/or stdout as output.\n')
  return 1
}

// -- Main -------------------------------------------------------------------------------

/** lua.c pmain over [argv] ([0] = program name). Returns the exit status. */
async function pmain(lua: LuaEngine, argv: string[]): Promise<number> {
  const init = process.env.LUA_INIT
  if (init !== undefined) {
    const st = init.charAt(0) === '@' ? dofile(lua, init.slice(1)) : dostring(lua, init, '=LUA_INIT')
    if (st !== 0) return 1
  }
  const sc = collectargs(argv)
  if (sc.script < 0) { writeFd(2, USAGE); return 1 }
  if (sc.b > 0) return dobytecode(argv.slice(sc.b))
  if (sc.v) message(false, VERSION_LINE)
  if (runargs(lua, argv, sc.script > 0 ? sc.script : argv.length) !== 0) return 1
  if (sc.script > 0 && handleScript(lua, argv, sc.script) !== 0) return 1
  if (sc.i) await repl(lua)
  else if (sc.script === 0 && !sc.e && !sc.v) {
    if (tty.isatty(0)) {
      message(false, VERSION_LINE)
      await repl(lua)
    } else if (dofile(lua, '') !== 0) return 1
  }
  return 0
}

/** The interactive loop on stdin. */
async function repl(lua: LuaEngine): Promise<void> {
  const lines = tty.isatty(0) ? replLinesTTY(os.homedir()) : replLinesPipe((s) => { writeFd(1, s) })
  await replRun(lua, lines, (e) => { report(e, false) }, (s) => { writeFd(1, s) })
}

/** Entry point: run, flush everything, exit with the status. */
async function main(): Promise<void> {
  const host = nodeHostIO({ fs, os, proc: process, childProcess: cp })
  const lua = new LuaEngine({ host, strings: 'bytes' })
  let status: number
  try {
    status = await pmain(lua, [PROG, ...process.argv.slice(2)])
  } catch (e) {
    if (!(e instanceof LuaExit)) throw e
    status = e.code
  }
  ioFlushAll(lua.core.L)
  process.exit(status)
}

void main()
