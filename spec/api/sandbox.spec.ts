// Library presets: 'all', 'safe', 'none' and explicit lists.
import { describe, it, expect } from 'vitest'
import { LuaEngine } from '../../src/index'

describe('libs presets', () => {
  it("'all' opens everything", () => {
    const lua = new LuaEngine()
    expect(lua.eval('type(io) .. type(os.execute) .. type(debug) .. type(loadfile) .. type(bit) .. type(jit)'))
      .toBe('tablefunctiontablefunctiontabletable')
  })
  it("'safe' leaves out files, processes, exit, environment and debug", () => {
    const lua = new LuaEngine({ libs: 'safe' })
    const types = lua.run(`return type(io), type(debug), type(loadfile), type(dofile), type(os.execute),
      type(os.exit), type(os.remove), type(os.rename), type(os.tmpname), type(os.getenv), type(package.loadlib),
      type(string.format), type(table.sort), type(math.floor), type(coroutine.wrap), type(os.time), type(require),
      type(load), type(bit.band)`)
    expect(types).toEqual(['nil', 'nil', 'nil', 'nil', 'nil', 'nil', 'nil', 'nil', 'nil', 'nil', 'nil',
      'function', 'function', 'function', 'function', 'function', 'function', 'function', 'function'])
    const r = lua.run('return pcall(require, "somefile")')
    expect(r[0]).toBe(false)
    expect(String(r[1])).not.toContain("no file './somefile.lua'")
    expect(lua.eval('pcall(require, "io")')).toBe(false)
  })
  it("'safe' still loads preloaded modules", () => {
    const lua = new LuaEngine({ libs: 'safe', modules: { m: 'return {v = 1}' } })
    expect(lua.eval('require("m").v')).toBe(1)
  })
  it("'none' opens nothing", () => {
    const lua = new LuaEngine({ libs: 'none' })
    expect(lua.eval('print')).toBeUndefined()
    expect(lua.eval('string')).toBeUndefined()
    expect(lua.run('local t = {1, 2} return #t')).toEqual([2])
  })
  it('a list opens just those', () => {
    const lua = new LuaEngine({ libs: ['base', 'string', 'table'] })
    expect(lua.eval('type(print) .. type(string.rep) .. type(table.concat) .. type(math) .. type(io)'))
      .toBe('functionfunctionfunctionnilnil')
    expect(() => new LuaEngine({ libs: ['base', 'nope' as 'base'] })).toThrow(TypeError)
  })
  it('every library opens alone', () => {
    for (const name of ['base', 'package', 'table', 'io', 'os', 'string', 'math', 'debug', 'coroutine', 'bit', 'jit'] as const) {
      const lua = new LuaEngine({ libs: [name] })
      expect(lua.eval('1')).toBe(1)
    }
  })
})
