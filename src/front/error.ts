// Compile errors: the one exception type the front end throws.
//
// Strings here are binary strings (one char per byte, see chunkid.ts), so
// that the message converts losslessly into the Lua string lua5.1 returns
// from loadstring: `[string "x = = 1"]:1: unexpected symbol near '='`.

/** A syntax or limit error found while compiling a chunk. */
export class LuaCompileError extends Error {
  /** Source line of the error (the lexer's current line, as in lua5.1). */
  readonly line: number
  /** 1-based byte column of the offending token on its line (0 if none). */
  readonly column: number
  /** Raw chunk name as passed to compile() ("@file", "=stdin", source). */
  readonly chunk: string
  /** The message without the "chunkid:line: " prefix. */
  readonly reason: string

  /** Build from the full lua5.1 [message] and its parts. */
  constructor(message: string, line: number, column: number, chunk: string,
    reason: string) {
    super(message)
    this.name = 'LuaCompileError'
    this.line = line
    this.column = column
    this.chunk = chunk
    this.reason = reason
  }
}
