// Chunk names for messages: luaO_chunkid of Lua 5.1.
//
// A chunk name is a "binary string": one char per byte (codes 0..255), so
// a Lua byte string converts to it losslessly and back. The name's first
// char picks the display form:
//   "@file"   -> file, or "..." + its last part when too long
//   "=name"   -> name, cut to fit
//   other     -> [string "first line..."]  (the source text itself)
// The buffer size differs by caller, as in lua5.1: runtime messages,
// tracebacks and debug.getinfo's short_src use LUA_IDSIZE (60); compile
// (syntax) errors use the lexer's MAXSRC (80).

/** Size of the chunk id buffer, including the terminating NUL. */
export const LUA_IDSIZE = 60

/** Buffer size the lexer uses for syntax-error chunk ids (llex.c MAXSRC). */
export const MAXSRC = 80

/** Display form of [chunkname] as lua5.1 prints it in messages ([size]: buffer size). */
export function chunkId(chunkname: string, size: number = LUA_IDSIZE): string {
  const nul = chunkname.indexOf('\0')
  const src = nul >= 0 ? chunkname.slice(0, nul) : chunkname // C string
  const c0 = src.charCodeAt(0)
  if (c0 === 61) return src.slice(1, size) // '=': strncpy, NUL at end
  if (c0 === 64) { // '@': keep the tail of long file names
    const room = size - 8 // sizeof(" '...' ")
    const name = src.slice(1)
    return name.length > room ? '...' + name.slice(name.length - room) : name
  }
  const room = size - 17 // sizeof(" [string \"...\"] ")
  let len = 0
  while (len < src.length) { // strcspn(source, "\n\r")
    const ch = src.charCodeAt(len)
    if (ch === 10 || ch === 13) break
    len++
  }
  if (len > room) len = room
  if (len < src.length) return '[string "' + src.slice(0, len) + '..."]'
  return '[string "' + src + '"]'
}
