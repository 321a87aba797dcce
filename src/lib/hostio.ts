// Host I/O: the pluggable interface between the os/io/package libraries and
// the machine they run on.
//
// The libraries never import Node built-ins: everything that touches files,
// processes, the environment or clocks goes through a LuaHostIO object. Two
// implementations exist:
//
//   hostIONoFs()          this file: no filesystem, no processes. Clocks
//                         use Date/performance; stdin is empty; file
//                         operations raise "... not available" Lua errors.
//   nodeHostIO(deps)      src/lib/hostio_node.ts: Node's fs/os modules,
//                         passed in by the caller (the CLI), so the browser
//                         bundle never pulls them in.
//
// Which host a state uses: hostInstall(L, host) for one state (also routes
// L.write / L.writeErr / L.readFile through the host), else the process-wide
// default set by hostSetDefault (initially a hostIONoFs()). Call
// hostSetDefault before engineNew when package.path must see LUA_PATH from
// the host environment at library-open time (hostInstall recomputes it too).
//
// Errors: host operations throw HostIOError(message, errno) with the C
// strerror text ("No such file or directory") and errno (2); the libraries
// turn them into 5.1's (nil, "name: message", errno) results. An errno < 0
// (ERRNO_UNSUPPORTED) means the host cannot do this at all: the libraries
// raise a Lua error with the message instead of returning nil.
//
// os.exit: the libraries flush stdout and all open files, then call
// host.exit(code), which must not return. Both implementations throw
// LuaExit(code); the VM never catches it (it is not a LuaThrow), so it
// reaches whoever called engineDoBuffer: the CLI catches it and exits with
// the code after flushing.
import type { LuaState } from '../vm/state'

/** errno of a HostIOError meaning "this host cannot do that". */
export const ERRNO_UNSUPPORTED = -1

/** A failed host operation: C strerror text and errno. */
export class HostIOError extends Error {
  errno: number
  constructor(message: string, errno: number) {
    super(message)
    this.errno = errno
  }
}

/** Thrown by os.exit (through host.exit) to end the program with [code]. */
export class LuaExit extends Error {
  code: number
  constructor(code: number) {
    super('os.exit(' + code + ')')
    this.code = code
  }
}

/** An open host file. Positions are byte offsets; the io library keeps
 *  the logical position itself and passes it in (ignored by streams). */
export interface LuaHostFile {
  /** Can the file seek (regular file)? Streams (pipes, ttys) cannot. */
  seekable: boolean
  /** Read up to [len] bytes into [buf] at [off] from offset [pos]; 0 = EOF. */
  read(buf: Uint8Array, off: number, len: number, pos: number): number
  /** Write [len] bytes of [buf] from [off] at offset [pos] (-1: append or
   *  stream position). Returns the count written. */
  write(buf: Uint8Array, off: number, len: number, pos: number): number
  /** Current size in bytes (for seek "end"). */
  size(): number
  /** Close the file; for popen files returns the exit status. */
  close(): number
}

/** Everything the os/io/package libraries need from the host. All file
 *  operations throw HostIOError on failure. */
export interface LuaHostIO {
  /** Whole contents of [path] ('' = stdin), or null (loadfile, dofile). */
  readFile(path: string): Uint8Array | null
  /** Open [path] with [flags]: 'r' 'r+' 'w' 'w+' 'a' 'a+', optionally
   *  followed by 'x' (fail if it exists). */
  open(path: string, flags: string): LuaHostFile
  /** A fresh anonymous temporary file, open for reading and writing. */
  tmpfile(): LuaHostFile
  /** Run [cmd] with its output ('r') or input ('w') as a file. */
  popen(cmd: string, mode: string): LuaHostFile
  /** Standard input (read only, not seekable). */
  stdin: LuaHostFile
  /** Standard output / error sinks (unbuffered; the VM buffers stdout). */
  stdout(b: Uint8Array): void
  stderr(b: Uint8Array): void
  /** Environment variable [name], or null. */
  env(name: string): string | null
  /** Wall clock: milliseconds since the epoch. */
  time(): number
  /** Processor time used, in seconds. */
  clock(): number
  /** Remove the file or empty directory [path]. */
  remove(path: string): void
  /** Rename [from] to [to]. */
  rename(from: string, to: string): void
  /** Create a new empty temporary file and return its name. */
  tmpname(): string
  /** system(cmd): the raw wait status; cmd null: is a shell available (1/0). */
  execute(cmd: string | null): number
  /** End the program with status [code]. Must not return. */
  exit(code: number): never
}

// -- No-filesystem host -------------------------------------------------------

/** A host file that is always at EOF and refuses writes. */
function emptyFile(): LuaHostFile {
  return {
    seekable: false,
    read: () => 0,
    write: () => { throw new HostIOError('Bad file descriptor', 9) },
    size: () => 0,
    close: () => 0,
  }
}

/** Throw the "not available" error for operation [what]. */
function unsupported(what: string): never {
  throw new HostIOError(what + ' not available (no filesystem in this host)', ERRNO_UNSUPPORTED)
}

/** Processor-time stand-in: elapsed time from performance.now(). */
function perfSeconds(): number {
  return typeof performance !== 'undefined' ? performance.now() / 1000 : Date.now() / 1000
}

/** A host without filesystem, processes or environment (browser default);
 *  output goes to [out] / [err] when given, else nowhere. */
export function hostIONoFs(
  out?: (b: Uint8Array) => void, err?: (b: Uint8Array) => void,
): LuaHostIO {
  return {
    readFile: () => null,
    open: () => unsupported('files are'),
    tmpfile: () => unsupported('temporary files are'),
    popen: () => { throw new HostIOError("'popen' not supported", ERRNO_UNSUPPORTED) },
    stdin: emptyFile(),
    stdout: out !== undefined ? out : () => {},
    stderr: err !== undefined ? err : () => {},
    env: () => null,
    time: () => Date.now(),
    clock: perfSeconds,
    remove: () => unsupported('files are'),
    rename: () => unsupported('files are'),
    tmpname: () => unsupported('temporary files are'),
    execute: (cmd) => {
      if (cmd === null) return 0
      throw new HostIOError("'execute' not supported", ERRNO_UNSUPPORTED)
    },
    exit: (code) => { throw new LuaExit(code) },
  }
}

// -- Which host a state uses --------------------------------------------------

let defaultHost: LuaHostIO = hostIONoFs()
const hosts = new WeakMap<LuaState, LuaHostIO>()

/** Hooks run by hostInstall (the package library recomputes its paths). */
export const hostInstallHooks: ((L: LuaState) => void)[] = []

/** The host of state [L]. */
export function hostOf(L: LuaState): LuaHostIO {
  const h = hosts.get(L)
  return h !== undefined ? h : defaultHost
}

/** Make [host] the default for states without their own. */
export function hostSetDefault(host: LuaHostIO): void {
  defaultHost = host
}

/** Give state [L] its own [host]; stdout/stderr/loadfile go through it. */
export function hostInstall(L: LuaState, host: LuaHostIO): void {
  hosts.set(L, host)
  L.write = (b: Uint8Array) => { host.stdout(b) }
  L.writeErr = (b: Uint8Array) => { host.stderr(b) }
  L.readFile = (p: string) => host.readFile(p)
  for (let i = 0; i < hostInstallHooks.length; i++) hostInstallHooks[i](L)
}

/** [e] as a HostIOError; anything else is rethrown. */
export function hostErr(e: unknown): HostIOError {
  if (e instanceof HostIOError) return e
  throw e
}

/** An in-memory read-only stream over [data] whose close returns
 *  [status] (popen "r" results, embedders' virtual files). */
export function hostMemFile(data: Uint8Array, status: number): LuaHostFile {
  let at = 0
  return {
    seekable: false,
    read: (buf, off, len) => {
      const n = Math.min(len, data.length - at)
      buf.set(data.subarray(at, at + n), off)
      at += n
      return n
    },
    write: () => { throw new HostIOError('Bad file descriptor', 9) },
    size: () => data.length,
    close: () => status,
  }
}
