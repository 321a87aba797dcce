// The interactive loop of the CLI (lua.c's dotty, with Lua 5.3's
// bare-expression printing).
//
// Each entry is read with the prompt _PROMPT ("> ") and compiled as the
// chunk "=stdin":
//   - a line starting with '=' is "return <rest>" (5.1);
//   - otherwise "return <line>" is tried first, so a bare expression
//     prints its values (5.3); if that does not compile, the line is a
//     statement;
//   - while the chunk's syntax error ends in '<eof>' the statement is
//     incomplete: more lines are read with _PROMPT2 (">> ") and joined
//     with "\n"; end of input there ends the session.
// Results, if any, are printed by the global print; errors are reported
// without the program name, with the traceback for runtime errors. At the
// end of input a newline is printed, as lua.c does.
//
// Line sources: on a terminal, node:readline with in-session history that
// is also kept in ~/.tracelua_history; from a pipe, synchronous reads of
// stdin that echo the prompt and the line the way GNU readline does when
// its input is not a terminal (so piped sessions read like lua5.1's).
import * as fs from 'node:fs'
import * as readline from 'node:readline'
import { LuaEngine } from './api/engine'
import { LuaError, LuaSyntaxError } from './api/errors'
import type { LuaFunction } from './api/handles'

/** Where the REPL gets its lines. */
export interface ReplLines {
  /** The next line (without its newline) after showing [prompt]; null at
   *  the end of input. */
  read(prompt: string): Promise<string | null>
  /** Release the input. */
  close(): void
}

const HISTORY_FILE = '.tracelua_history'
const HISTORY_MAX = 500

// -- Line sources ------------------------------------------------------------------

/** Lines from a non-terminal stdin (fd 0), echoed through [write]. */
export function replLinesPipe(write: (s: string) => void, fd = 0): ReplLines {
  let buf = Buffer.alloc(0)
  let eof = false
  const chunk = Buffer.alloc(65536)
  /** One line from fd, or null at the end. */
  const next = (): string | null => {
    for (;;) {
      const nl = buf.indexOf(10)
      if (nl >= 0) {
        const line = buf.subarray(0, nl).toString('utf8')
        buf = buf.subarray(nl + 1)
        return line
      }
      if (eof) {
        if (buf.length === 0) return null
        const line = buf.toString('utf8')
        buf = Buffer.alloc(0)
        return line
      }
      let n = 0
      try {
        n = fs.readSync(fd, chunk, 0, chunk.length, null)
      } catch (e) {
        const code = (e as { code?: string }).code
        if (code === 'EAGAIN') continue
        if (code !== 'EOF') throw e
      }
      if (n === 0) eof = true
      else buf = Buffer.concat([buf, chunk.subarray(0, n)])
    }
  }
  return {
    read: (prompt: string): Promise<string | null> => {
      write(prompt)
      const line = next()
      if (line !== null) write(line + '\n')
      return Promise.resolve(line)
    },
    close: (): void => {},
  }
}

/** Lines from the terminal through node:readline, history in [home]. */
export function replLinesTTY(home: string): ReplLines {
  const path = home + '/' + HISTORY_FILE
  let history: string[] = []
  try {
    history = fs.readFileSync(path, 'utf8').split('\n').filter((l) => l !== '').reverse().slice(0, HISTORY_MAX)
  } catch { /* no history yet */ }
  const rl = readline.createInterface({
    input: process.stdin, output: process.stdout, terminal: true, history, historySize: HISTORY_MAX,
  })
  let closed = false
  let waiting: ((s: string | null) => void) | null = null
  // Lines typed (or pasted) while code runs queue up until read.
  const queue: string[] = []
  rl.on('line', (line: string) => {
    if (line.trim() !== '') {
      try { fs.appendFileSync(path, line + '\n') } catch { /* history is optional */ }
    }
    if (waiting !== null) { const w = waiting; waiting = null; w(line) } else queue.push(line)
  })
  rl.on('close', () => {
    closed = true
    if (waiting !== null) { const w = waiting; waiting = null; w(null) }
  })
  rl.on('SIGINT', () => {
    // Ctrl-C drops the line being typed, as readline in lua5.1 does.
    rl.write(null, { ctrl: true, name: 'u' })
    process.stdout.write('\n')
    rl.prompt()
  })
  return {
    read: (prompt: string): Promise<string | null> => {
      if (queue.length > 0) return Promise.resolve(queue.shift() as string)
      if (closed) return Promise.resolve(null)
      rl.setPrompt(prompt)
      rl.prompt()
      return new Promise<string | null>((resolve) => { waiting = resolve })
    },
    close: (): void => { if (!closed) rl.close() },
  }
}

// -- The loop ---------------------------------------------------------------------

/** Text of a value as lua_tostring would give it for a prompt, or null. */
function promptText(lua: LuaEngine, name: string, def: string): string {
  const v = lua.globals.get(name)
  if (typeof v === 'string') return v
  if (v instanceof Uint8Array) return Buffer.from(v).toString('utf8')
  if (typeof v === 'number') {
    const r = lua.call('tostring', v)[0]
    return r instanceof Uint8Array ? Buffer.from(r).toString('utf8') : String(r)
  }
  return def
}

/** Does compile error [e] mean "the statement is not finished"? */
function incomplete(e: unknown): boolean {
  return e instanceof LuaSyntaxError && e.message.endsWith("'<eof>'")
}

/** Compile [code] as "=stdin". */
function compileLine(lua: LuaEngine, code: string): LuaFunction {
  return lua.load(Buffer.from(code, 'utf8'), { chunkName: '=stdin' })
}

/** Read and compile one entry: the function, a syntax error, or null at
 *  the end of input. */
async function loadline(lua: LuaEngine, lines: ReplLines): Promise<LuaFunction | LuaSyntaxError | null> {
  const first = await lines.read(promptText(lua, '_PROMPT', '> '))
  if (first === null) return null
  let code = first
  if (first.charAt(0) === '=') code = 'return ' + first.slice(1)
  else {
    try {
      return compileLine(lua, 'return ' + first)
    } catch (e) {
      if (!(e instanceof LuaSyntaxError)) throw e
    }
  }
  for (;;) {
    try {
      return compileLine(lua, code)
    } catch (e) {
      if (!(e instanceof LuaSyntaxError)) throw e
      if (!incomplete(e)) return e
    }
    const more = await lines.read(promptText(lua, '_PROMPT2', '>> '))
    if (more === null) return null
    code += '\n' + more
  }
}

/** Run the REPL until the end of input. [report] prints an error
 *  (without the program name); [write] writes to stdout. */
export async function replRun(lua: LuaEngine, lines: ReplLines, report: (e: unknown) => void,
  write: (s: string) => void): Promise<void> {
  try {
    for (;;) {
      const f = await loadline(lua, lines)
      if (f === null) break
      if (f instanceof LuaSyntaxError) { report(f); continue }
      let res: unknown[]
      try {
        res = f.call()
      } catch (e) {
        report(e)
        continue
      } finally {
        f.release()
      }
      if (res.length === 0) continue
      try {
        lua.call('print', ...res)
      } catch (e) {
        const msg = e instanceof LuaError ? e.message : String(e)
        report(new LuaError("error calling 'print' (" + msg + ')', { value: "error calling 'print' (" + msg + ')' }))
      }
    }
  } finally {
    lines.close()
  }
  write('\n')
}
