// Node host I/O: LuaHostIO over Node's synchronous fs API.
//
// This file imports no Node module: the caller passes them in, so the
// library bundle stays browser-safe and only the CLI (platform node) links
// fs/os/child_process. The CLI does:
//
//   import * as fs from 'node:fs'
//   import * as os from 'node:os'
//   import * as cp from 'node:child_process'
//   hostSetDefault(nodeHostIO({ fs, os, proc: process, childProcess: cp }))
//
// The parameter types below are the minimal structural slices of those
// modules this file uses (spec/lib/hostio_node.spec.ts checks that the
// real modules fit).
//
// Files are file descriptors; reads and writes are positional (pread /
// pwrite) for regular files, since the io library tracks positions itself,
// and at the descriptor's own position for pipes and terminals. Node error
// codes map to C's strerror texts and errno values, so io.open failures read
// exactly as lua5.1's ("x: No such file or directory", 2). Writes to a
// non-blocking stdout/stderr that fill the pipe (EAGAIN) wait and retry.
import {
  HostIOError, LuaExit, ERRNO_UNSUPPORTED, hostMemFile, type LuaHostFile, type LuaHostIO,
} from './hostio'

/** The slice of node:fs used here. */
export interface NodeFsLike {
  openSync(path: string, flags: string, mode?: number): number
  closeSync(fd: number): void
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number
  writeSync(fd: number, buffer: Uint8Array, offset?: number, length?: number, position?: number | null): number
  fstatSync(fd: number): { size: number; isFile(): boolean }
  readFileSync(path: string | number): Uint8Array
  unlinkSync(path: string): void
  rmdirSync(path: string): void
  renameSync(from: string, to: string): void
}

/** The slice of node:os used here. */
export interface NodeOsLike {
  tmpdir(): string
}

/** The slice of the process object used here. */
export interface NodeProcessLike {
  env: Record<string, string | undefined>
  cpuUsage(): { user: number; system: number }
}

/** Result of spawnSync as used here. */
export interface SpawnResultLike {
  status: number | null
  signal: string | null
  error?: Error
  stdout: Uint8Array | string | null
}

/** The slice of node:child_process used here (optional). */
export interface NodeChildProcessLike {
  spawnSync(cmd: string, args: string[], opts: {
    stdio: ('inherit' | 'pipe')[]
    input?: Uint8Array
    maxBuffer?: number
  }): SpawnResultLike
}

/** What nodeHostIO needs. */
export interface NodeHostDeps {
  fs: NodeFsLike
  os: NodeOsLike
  proc: NodeProcessLike
  childProcess?: NodeChildProcessLike
}

/** errno and strerror text per Node error code (Linux values). */
const ERRNO: Record<string, [number, string]> = {
  EPERM: [1, 'Operation not permitted'],
  ENOENT: [2, 'No such file or directory'],
  EIO: [5, 'Input/output error'],
  EBADF: [9, 'Bad file descriptor'],
  EAGAIN: [11, 'Resource temporarily unavailable'],
  ENOMEM: [12, 'Cannot allocate memory'],
  EACCES: [13, 'Permission denied'],
  EBUSY: [16, 'Device or resource busy'],
  EEXIST: [17, 'File exists'],
  EXDEV: [18, 'Invalid cross-device link'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  EINVAL: [22, 'Invalid argument'],
  EMFILE: [24, 'Too many open files'],
  EFBIG: [27, 'File too large'],
  ENOSPC: [28, 'No space left on device'],
  ESPIPE: [29, 'Illegal seek'],
  EROFS: [30, 'Read-only file system'],
  EPIPE: [32, 'Broken pipe'],
  ENAMETOOLONG: [36, 'File name too long'],
  ENOTEMPTY: [39, 'Directory not empty'],
  ELOOP: [40, 'Too many levels of symbolic links'],
}

/** Node exception [e] as a HostIOError (foreign errors are rethrown). */
function nodeErr(e: unknown): HostIOError {
  if (e instanceof HostIOError) return e
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string') {
      const m = ERRNO[code]
      if (m !== undefined) return new HostIOError(m[1], m[0])
      const no = (e as { errno?: unknown }).errno
      return new HostIOError(code, typeof no === 'number' ? Math.abs(no) : 5)
    }
  }
  throw e
}

/** Node error code of [e], or ''. */
function errCode(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string') return code
  }
  return ''
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4))

/** Block the thread for [ms] milliseconds (EAGAIN back-off). */
function sleepMs(ms: number): void {
  Atomics.wait(sleepCell, 0, 0, ms)
}

/** Write all of [b] to descriptor [fd], retrying on EAGAIN. */
function writeAll(fs: NodeFsLike, fd: number, b: Uint8Array): void {
  let off = 0
  while (off < b.length) {
    try {
      off += fs.writeSync(fd, b, off, b.length - off, null)
    } catch (e) {
      if (errCode(e) === 'EAGAIN') { sleepMs(2); continue }
      if (errCode(e) === 'EPIPE') return
      throw nodeErr(e)
    }
  }
}

/** A LuaHostFile over descriptor [fd]. */
function fdFile(fs: NodeFsLike, fd: number, seekable: boolean, owned: boolean): LuaHostFile {
  return {
    seekable,
    read: (buf, off, len, pos) => {
      for (;;) {
        try {
          return fs.readSync(fd, buf, off, len, seekable && pos >= 0 ? pos : null)
        } catch (e) {
          const c = errCode(e)
          if (c === 'EAGAIN') { sleepMs(2); continue }
          if (c === 'EOF') return 0
          throw nodeErr(e)
        }
      }
    },
    write: (buf, off, len, pos) => {
      if (!seekable || pos < 0) {
        writeAll(fs, fd, off === 0 && len === buf.length ? buf : buf.subarray(off, off + len))
        return len
      }
      let done = 0
      try {
        while (done < len) done += fs.writeSync(fd, buf, off + done, len - done, pos + done)
      } catch (e) { throw nodeErr(e) }
      return len
    },
    size: () => {
      try { return fs.fstatSync(fd).size } catch (e) { throw nodeErr(e) }
    },
    close: () => {
      if (!owned) return 0
      try { fs.closeSync(fd) } catch (e) { throw nodeErr(e) }
      return 0
    },
  }
}

/** Node open flags for an io-library flag string ('r', 'w+', 'ax' ...). */
function nodeFlags(flags: string): string {
  const plus = flags.indexOf('+') >= 0
  const excl = flags.indexOf('x') >= 0
  const c = flags.charAt(0)
  if (c === 'r') return plus ? 'r+' : 'r'
  return c + (excl ? 'x' : '') + (plus ? '+' : '')
}

const NAME_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** Six random name characters, like mkstemp's XXXXXX. */
function randomSuffix(): string {
  let s = ''
  for (let i = 0; i < 6; i++) s += NAME_CHARS.charAt(Math.floor(Math.random() * NAME_CHARS.length))
  return s
}

/** Signal numbers for wait statuses (Linux). */
const SIGNALS: Record<string, number> = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGABRT: 6, SIGFPE: 8, SIGKILL: 9,
  SIGSEGV: 11, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15,
}

/** Raw wait status of a finished child (exit code << 8, or the signal). */
function waitStatus(r: SpawnResultLike): number {
  if (r.error !== undefined) return -1
  if (r.signal !== null) return SIGNALS[r.signal] ?? 1
  return ((r.status ?? 0) & 0xff) << 8
}

/** A LuaHostIO over Node's fs/os/process (and child_process if given). */
export function nodeHostIO(deps: NodeHostDeps): LuaHostIO {
  const fs = deps.fs, proc = deps.proc, cp = deps.childProcess
  const sh = '/bin/sh'

  /** Open [path] with io [flags] as a host file. */
  function open(path: string, flags: string): LuaHostFile {
    let fd: number
    try { fd = fs.openSync(path, nodeFlags(flags), 0o666) } catch (e) { throw nodeErr(e) }
    let seekable = false
    try { seekable = fs.fstatSync(fd).isFile() } catch { seekable = false }
    return fdFile(fs, fd, seekable, true)
  }

  /** Create a fresh empty file under the temp directory; returns its name. */
  function tmpname(): string {
    const dir = deps.os.tmpdir()
    for (let tries = 0; ; tries++) {
      const p = dir + '/lua_' + randomSuffix()
      try {
        fs.closeSync(fs.openSync(p, 'wx', 0o600))
        return p
      } catch (e) {
        if (errCode(e) === 'EEXIST' && tries < 100) continue
        throw nodeErr(e)
      }
    }
  }

  return {
    readFile: (path) => {
      try { return fs.readFileSync(path === '' ? 0 : path) } catch { return null }
    },
    open,
    tmpfile: () => {
      const p = tmpname()
      const f = open(p, 'w+')
      try { fs.unlinkSync(p) } catch { /* the file stays visible; harmless */ }
      return f
    },
    popen: (cmd, mode) => {
      if (cp === undefined) throw new HostIOError("'popen' not supported", ERRNO_UNSUPPORTED)
      if (mode.charAt(0) === 'r') {
        const r = cp.spawnSync(sh, ['-c', cmd], { stdio: ['inherit', 'pipe', 'inherit'], maxBuffer: 1 << 30 })
        const out = r.stdout === null ? new Uint8Array(0)
          : typeof r.stdout === 'string' ? new TextEncoder().encode(r.stdout) : r.stdout
        return hostMemFile(out, waitStatus(r))
      }
      // "w": collect what Lua writes, run the command with it on close.
      const parts: Uint8Array[] = []
      return {
        seekable: false,
        read: () => { throw new HostIOError('Bad file descriptor', 9) },
        write: (buf, off, len) => { parts.push(buf.slice(off, off + len)); return len },
        size: () => 0,
        close: () => {
          let n = 0
          for (let i = 0; i < parts.length; i++) n += parts[i].length
          const input = new Uint8Array(n)
          let o = 0
          for (let i = 0; i < parts.length; i++) { input.set(parts[i], o); o += parts[i].length }
          return waitStatus(cp.spawnSync(sh, ['-c', cmd], { stdio: ['pipe', 'inherit', 'inherit'], input }))
        },
      }
    },
    stdin: fdFile(fs, 0, false, false),
    stdout: (b) => { writeAll(fs, 1, b) },
    stderr: (b) => { writeAll(fs, 2, b) },
    env: (name) => {
      const v = proc.env[name]
      return v === undefined ? null : v
    },
    time: () => Date.now(),
    clock: () => {
      const u = proc.cpuUsage()
      return (u.user + u.system) / 1e6
    },
    remove: (path) => {
      try { fs.unlinkSync(path); return } catch (e) {
        const c = errCode(e)
        if (c !== 'EISDIR' && c !== 'EPERM') throw nodeErr(e)
      }
      try { fs.rmdirSync(path) } catch (e) { throw nodeErr(e) }
    },
    rename: (from, to) => {
      try { fs.renameSync(from, to) } catch (e) { throw nodeErr(e) }
    },
    tmpname,
    execute: (cmd) => {
      if (cp === undefined) {
        if (cmd === null) return 0
        throw new HostIOError("'execute' not supported", ERRNO_UNSUPPORTED)
      }
      if (cmd === null) return 1
      return waitStatus(cp.spawnSync(sh, ['-c', cmd], { stdio: ['inherit', 'inherit', 'inherit'] }))
    },
    exit: (code) => { throw new LuaExit(code) },
  }
}
