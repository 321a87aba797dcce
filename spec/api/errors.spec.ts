// Errors: LuaError fields (message, value, traceback, frames, chunk, line,
// cause), identical on the sync and async paths; LuaSyntaxError.
import { describe, it, expect } from 'vitest'
import { LuaEngine, LuaError, LuaSyntaxError, LuaTable } from '../../src/index'

const SRC = 'local function check(x)\n  if not x then error("check failed") end\nend\nlocal function run()\n  check(false)\nend\nrun()\n'

/** The error [fn] throws. */
function caught(fn: () => unknown): LuaError {
  try { fn() } catch (e) { expect(e).toBeInstanceOf(LuaError); return e as LuaError }
  throw new Error('no error')
}

describe('LuaError', () => {
  it('has message, value, traceback, frames, chunk and line', () => {
    const lua = new LuaEngine()
    const e = caught(() => lua.run(SRC, { chunkName: 'app.lua' }))
    expect(e.name).toBe('LuaError')
    expect(e.message).toBe('app.lua:2: check failed')
    expect(e.value).toBe('app.lua:2: check failed')
    expect(e.traceback).toBe('stack traceback:\n' +
      "\t[C]: in function 'error'\n" +
      "\tapp.lua:2: in function 'check'\n" +
      "\tapp.lua:5: in function 'run'\n" +
      '\tapp.lua:7: in main chunk\n' +
      '\t[C]: ?')
    expect(e.frames.map((f) => [f.what, f.source, f.line, f.name])).toEqual([
      ['C', '[C]', -1, 'error'],
      ['Lua', 'app.lua', 2, 'check'],
      ['Lua', 'app.lua', 5, 'run'],
      ['main', 'app.lua', 7, undefined],
      ['C', '[C]', -1, undefined],
    ])
    expect(e.chunk).toBe('app.lua')
    expect(e.line).toBe(2)
    expect(e.cause).toBeUndefined()
  })
  it('is identical on the async path', async () => {
    const lua = new LuaEngine()
    const sync = caught(() => lua.run(SRC, { chunkName: 'app.lua' }))
    let asyncErr: LuaError | null = null
    try { await lua.runAsync(SRC, { chunkName: 'app.lua' }) } catch (e) { asyncErr = e as LuaError }
    expect(asyncErr).toBeInstanceOf(LuaError)
    expect(asyncErr?.message).toBe(sync.message)
    expect(asyncErr?.traceback).toBe(sync.traceback)
    expect(asyncErr?.frames).toEqual(sync.frames)
  })
  it('runtime errors get the position of the failing line', () => {
    const lua = new LuaEngine()
    const e = caught(() => lua.run('local t = nil\nlocal x = 1\nreturn t.x', { chunkName: 'r.lua' }))
    expect(e.message).toBe("r.lua:3: attempt to index local 't' (a nil value)")
    expect(e.line).toBe(3)
    expect(e.traceback).toBe('stack traceback:\n\tr.lua:3: in main chunk\n\t[C]: ?')
  })
  it('non-string error values', () => {
    const lua = new LuaEngine()
    const t = caught(() => lua.run('error({code = 1})'))
    expect(t.value).toBeInstanceOf(LuaTable)
    expect((t.value as LuaTable).get('code')).toBe(1)
    expect(t.message).toBe('(error object is a table value)')
    expect(caught(() => lua.run('error(12)')).value).toBe('[string "error(12)"]:1: 12')
    expect(caught(() => lua.run('error(12, 0)')).value).toBe(12)
    expect(caught(() => lua.run('error()')).value).toBeUndefined()
  })
  it('errors from callbacks called by JS handles', () => {
    const lua = new LuaEngine()
    const f = lua.load('local a = ...\nreturn a.b', { chunkName: 'cb.lua' })
    const e = caught(() => f.call(undefined))
    expect(e.message).toBe("cb.lua:2: attempt to index local 'a' (a nil value)")
    expect(e.traceback).toBe('stack traceback:\n\tcb.lua:2: in main chunk\n\t[C]: ?')
  })
  it('traceback includes frames of outer runs for nested calls', () => {
    const lua = new LuaEngine()
    lua.set('callback', (f: { call: () => unknown }) => f.call())
    const e = caught(() => lua.run('callback(function() error("deep") end)', { chunkName: 'n.lua' }))
    expect(e.traceback).toContain("[C]: in function 'callback'")
    expect(e.traceback).toContain('n.lua:1: in main chunk')
  })
})

describe('LuaSyntaxError', () => {
  it('has line, column and chunk', () => {
    const lua = new LuaEngine()
    let e: unknown
    try { lua.run('x = 1\ny = )', { chunkName: 's.lua' }) } catch (err) { e = err }
    expect(e).toBeInstanceOf(LuaSyntaxError)
    const s = e as LuaSyntaxError
    expect(s.name).toBe('LuaSyntaxError')
    expect(s.message).toBe("s.lua:2: unexpected symbol near ')'")
    expect([s.chunk, s.line, s.column]).toEqual(['s.lua', 2, 5])
  })
  it('is raised on the async path too', async () => {
    await expect(new LuaEngine().runAsync('x =')).rejects.toBeInstanceOf(LuaSyntaxError)
  })
  it('decodes UTF-8 in messages', () => {
    try { new LuaEngine().run('x = "é" +', { chunkName: 'ü.lua' }) } catch (e) {
      expect((e as Error).message).toBe("ü.lua:1: unexpected symbol near '<eof>'")
    }
  })
})
