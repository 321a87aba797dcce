// tracelua: the public embedding API. This is the only public barrel.
//
// Everything an embedder uses is exported here; the modules behind it
// (src/api/*, src/lib/hostio*.ts) are internal and may change.

/** The package version. */
export const VERSION = '0.1.0'

/**
 * A Lua 5.1 engine: `new LuaEngine(options)` (synchronous), then `run`,
 * `load`, `eval`, `call`, `get`/`set` ('a.b.c' paths), `globals`,
 * `runAsync`/`callAsync`, `fromJS`/`toJS`, `setLimits`, `close`.
 */
export { LuaEngine } from './api/engine'

/** Options of `new LuaEngine()`, `run`/`load`/`eval` and `runAsync`. */
export type { LuaEngineOptions, RunOptions, AsyncRunOptions } from './api/engine'

/**
 * Handles: Lua tables, functions, coroutines and userdata by reference.
 * They keep identity (the same object converts to the same handle) and
 * metatables, pin their object until `release()` or until JS drops them.
 */
export { LuaHandle, LuaTable, LuaFunction, LuaThread, LuaUserdata } from './api/handles'

/** Result of `LuaThread.resume`. */
export type { LuaResumeResult } from './api/handles'

/** Several return values from a JS function called by Lua. */
export { LuaMulti } from './api/convert'

/** Options of deep Lua -> JS conversion (`LuaTable.toJS`, `engine.toJS`). */
export type { ToJSOptions } from './api/convert'

/**
 * Errors: `LuaError` (message, value, traceback, frames, chunk, line,
 * cause), `LuaSyntaxError` (line, column) and `LuaLimitError` (kind).
 */
export { LuaError, LuaSyntaxError, LuaLimitError } from './api/errors'

/** Kinds of `LuaLimitError` and what a `LuaError` is built from. */
export type { LuaLimitKind, LuaErrorInit } from './api/errors'

/** Limits: instructions, memoryBytes, timeMs, callDepth, stringBytes. */
export type { LuaLimits } from './api/limits'

/** Library names and presets, string conversion modes, stack frames. */
export type { LibName, LibPreset, StringMode, FrameInfo as LuaFrame } from './api/core'

/**
 * Host I/O for the io/os/package libraries: `hostIONoFs()` (the default:
 * no filesystem), `hostMemFile` (an in-memory stream), the error types,
 * and `LuaExit`, thrown out of `run` by `os.exit(code)`.
 */
export { hostIONoFs, hostMemFile, HostIOError, LuaExit } from './lib/hostio'

/** Interfaces a custom host implements. */
export type { LuaHostIO, LuaHostFile } from './lib/hostio'

/**
 * Host I/O over Node's fs/os/process (and child_process for popen and
 * os.execute), passed in by the caller so the library never imports Node
 * built-ins: `nodeHostIO({ fs, os, proc: process, childProcess })`.
 */
export { nodeHostIO } from './lib/hostio_node'

/** What `nodeHostIO` needs. */
export type { NodeHostDeps } from './lib/hostio_node'
