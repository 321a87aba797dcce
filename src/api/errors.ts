// The API's error classes and how they are built from Lua errors.
//
// Every failure that leaves the engine is one of three classes, built the
// same way on the sync and async paths:
//
//   LuaError        a Lua error: message (the error value as text), value
//                   (the error value converted to JS), traceback (lua5.1's
//                   "stack traceback:" text), frames (structured), chunk and
//                   line of the innermost Lua frame, cause (the JS exception
//                   a host function threw, when the error started there)
//   LuaSyntaxError  a compile error: line and column of the offending token
//   LuaLimitError   a limit stopped the run: kind says which
//
// The engine a LuaError came from is kept in a WeakMap (not a public
// field), so a host function that lets a LuaError of the same engine escape
// rethrows the original Lua value.
import type { EngineCore, FrameInfo } from './core'

/** Kinds of LuaLimitError. */
export type LuaLimitKind = 'instructions' | 'memory' | 'time' | 'depth' | 'string' | 'abort'

/** What a LuaError is built from. */
export interface LuaErrorInit {
  value?: unknown
  traceback?: string
  frames?: FrameInfo[]
  cause?: unknown
}

/** Engine of each LuaError thrown by an engine. */
const origins = new WeakMap<object, EngineCore>()

/** A Lua runtime error that reached JS. */
export class LuaError extends Error {
  /** The Lua error value, converted to JS (strings stay strings). */
  value: unknown
  /** lua5.1-style traceback ("stack traceback:\n\t..."), '' if none. */
  traceback: string
  /** The stack at the error, innermost first. */
  frames: FrameInfo[]
  /** Chunk of the innermost Lua frame (e.g. "main.lua"), if any. */
  chunk: string | undefined
  /** Line in that chunk, if known. */
  line: number | undefined

  constructor(message: string, init?: LuaErrorInit) {
    super(message, init !== undefined && init.cause !== undefined ? { cause: init.cause } : undefined)
    this.name = 'LuaError'
    this.value = init !== undefined && 'value' in init ? init.value : message
    this.traceback = init !== undefined && init.traceback !== undefined ? init.traceback : ''
    this.frames = init !== undefined && init.frames !== undefined ? init.frames : []
    this.chunk = undefined
    this.line = undefined
    for (let i = 0; i < this.frames.length; i++) {
      const f = this.frames[i]
      if (f.what !== 'C') {
        this.chunk = f.source
        this.line = f.line >= 0 ? f.line : undefined
        break
      }
    }
  }
}

/** A syntax error found while compiling a chunk. */
export class LuaSyntaxError extends LuaError {
  /** Column of the offending token (1-based; 0 if unknown). */
  column: number

  constructor(message: string, chunk: string, line: number, column: number) {
    super(message, { value: message })
    this.name = 'LuaSyntaxError'
    this.chunk = chunk
    this.line = line
    this.column = column
  }
}

/** A limit (instructions, memory, time, call depth, string size) or an
 *  AbortSignal stopped the run. Lua code cannot catch it. */
export class LuaLimitError extends LuaError {
  /** Which limit fired. */
  kind: LuaLimitKind

  constructor(kind: LuaLimitKind, message: string, init?: LuaErrorInit) {
    super(message, init)
    this.name = 'LuaLimitError'
    this.kind = kind
  }
}

/** Remember that [e] was thrown by engine [E]. */
export function errorMark(E: EngineCore, e: LuaError): LuaError {
  origins.set(e, E)
  return e
}

/** The engine that threw [e], if it was one. */
export function errorOrigin(e: unknown): EngineCore | undefined {
  return typeof e === 'object' && e !== null ? origins.get(e) : undefined
}

/** Messages of the limit kinds. */
export const LIMIT_MESSAGES: Record<LuaLimitKind, string> = {
  instructions: 'instruction limit exceeded',
  memory: 'memory limit exceeded',
  time: 'time limit exceeded',
  depth: 'call depth limit exceeded',
  string: 'string size limit exceeded',
  abort: 'execution aborted',
}
