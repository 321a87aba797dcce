// Loading chunks: source bytes -> compiled proto -> heap proto -> closure.
import { compile } from '../front/parse'
import { LuaCompileError } from '../front/error'
import { isBinaryChunk, undumpChunk, UndumpError } from '../lib/string_dump'
import { protoLoad } from '../rt/proto'
import { fnNewLua, uvNew } from '../rt/func'
import type { LuaState } from './state'

/** A syntax error while loading, with lua5.1's message text. */
export class LoadError extends Error {
  line: number
  column: number
  constructor(message: string, line: number, column: number) {
    super(message)
    this.line = line
    this.column = column
  }
}

/** Compile [src] as chunk [chunkname] and return a new closure id over the
 *  globals table. Throws LoadError on a syntax error. */
export function loadBuffer(L: LuaState, src: Uint8Array, chunkname: string, skipShebang = false): number {
  const H = L.H
  let p
  try {
    p = isBinaryChunk(src) ? undumpChunk(src) : compile(src, chunkname, { skipShebang })
  } catch (e) {
    if (e instanceof UndumpError) throw new LoadError(chunkname + ': ' + e.message, 0, 0)
    if (e instanceof LuaCompileError) throw new LoadError(e.message, e.line, e.column)
    if (e instanceof RangeError) throw new LoadError(chunkname + ': chunk too complex', 0, 0)
    throw e
  }
  const pt = protoLoad(H, p)
  const f = fnNewLua(H, pt, H.globals)
  // A dumped function with upvalues loads with fresh nil upvalues of its
  // own (lua5.1 luaF_newupval per upvalue), not shared ones.
  for (let i = 0; i < H.fnNuv[f]; i++) {
    const uv = uvNew(H, 0)
    H.fnUvIds[H.fnUv[f] + i] = uv
  }
  return f
}
