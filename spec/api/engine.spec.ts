// LuaEngine: construction, run / eval / load / call, globals and paths,
// output, modules, memory, close.
import { describe, it, expect } from 'vitest'
import {
  LuaEngine, LuaTable, LuaFunction, LuaError, LuaSyntaxError, LuaMulti, VERSION, LuaExit,
} from '../../src/index'

describe('construction and run', () => {
  it('is synchronous and returns all results', () => {
    const lua = new LuaEngine()
    expect(lua.run('return 1, "two", nil, false, 2.5')).toEqual([1, 'two', undefined, false, 2.5])
    expect(lua.run('local x = 1')).toEqual([])
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+$/)
  })
  it('keeps trailing nils in results', () => {
    expect(new LuaEngine().run('return nil, nil')).toEqual([undefined, undefined])
  })
  it('accepts code as bytes', () => {
    expect(new LuaEngine().run(new TextEncoder().encode('return "é"'))).toEqual(['é'])
  })
  it('names chunks', () => {
    const lua = new LuaEngine()
    const msg = (code: string, name?: string): string => {
      try { lua.run(code, name === undefined ? undefined : { chunkName: name }) } catch (e) { return (e as Error).message }
      return ''
    }
    expect(msg('error("x")', 'main.lua')).toBe('main.lua:1: x')
    expect(msg('error("x")', '=custom')).toBe('custom:1: x')
    expect(msg('error("x")', '@file.lua')).toBe('file.lua:1: x')
    expect(msg('error("x")')).toBe('[string "error("x")"]:1: x')
  })
  it('eval returns the first value of an expression', () => {
    const lua = new LuaEngine()
    expect(lua.eval('1 + 2')).toBe(3)
    expect(lua.eval('"a" .. "b"')).toBe('ab')
    lua.run('t = {n = 4}')
    expect(lua.eval('t.n * 2')).toBe(8)
  })
  it('load compiles without running', () => {
    const lua = new LuaEngine()
    const f = lua.load('x = (x or 0) + 1 return x, ...')
    expect(f).toBeInstanceOf(LuaFunction)
    expect(lua.get('x')).toBeUndefined()
    expect(f.call('a')).toEqual([1, 'a'])
    expect(f.call()).toEqual([2])
  })
  it('load throws LuaSyntaxError with line and column', () => {
    const lua = new LuaEngine()
    try {
      lua.load('local a = 1\nlocal b = = 2', { chunkName: 'bad.lua' })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(LuaSyntaxError)
      expect(e).toBeInstanceOf(LuaError)
      const s = e as LuaSyntaxError
      expect(s.message).toBe("bad.lua:2: unexpected symbol near '='")
      expect(s.line).toBe(2)
      expect(s.column).toBe(11)
      expect(s.chunk).toBe('bad.lua')
    }
    expect(() => lua.run('x =')).toThrow(LuaSyntaxError)
  })
})

describe('globals', () => {
  it('get and set with paths', () => {
    const lua = new LuaEngine()
    lua.set('a', 1)
    lua.set('cfg.debug.level', 3)
    expect(lua.eval('cfg.debug.level')).toBe(3)
    expect(lua.get('cfg.debug.level')).toBe(3)
    expect(lua.get('cfg.nothing.here')).toBeUndefined()
    expect(lua.get('a')).toBe(1)
    expect(typeof lua.get('string.format')).toBe('object')
    expect(() => lua.set('a.b', 1)).toThrow(TypeError)
  })
  it('globals is the _G table', () => {
    const lua = new LuaEngine()
    expect(lua.globals).toBeInstanceOf(LuaTable)
    expect(lua.globals).toBe(lua.eval('_G'))
    lua.globals.set('z', 'zz')
    expect(lua.eval('z')).toBe('zz')
  })
  it('null and undefined both set nil', () => {
    const lua = new LuaEngine()
    lua.set('x', 1)
    lua.set('x', null)
    expect(lua.eval('x == nil')).toBe(true)
    lua.set('y', 1)
    lua.set('y', undefined)
    expect(lua.eval('y == nil')).toBe(true)
  })
  it('the globals option', () => {
    const lua = new LuaEngine({ globals: { n: 5, f: (x: number) => x * 2 } })
    expect(lua.eval('f(n)')).toBe(10)
  })
})

describe('call', () => {
  it('calls by path or handle with all results', () => {
    const lua = new LuaEngine()
    lua.run('function util_swap(a, b) return b, a end util = {sum = function(...) local s = 0 for _, v in ipairs({...}) do s = s + v end return s end}')
    expect(lua.call('util_swap', 1, 2)).toEqual([2, 1])
    expect(lua.call('util.sum', 1, 2, 3)).toEqual([6])
    const f = lua.get('util_swap') as LuaFunction
    expect(lua.call(f, 'a', 'b')).toEqual(['b', 'a'])
    expect(() => lua.call('nope')).toThrow(TypeError)
  })
  it('host functions can call back into Lua (nested runs)', () => {
    const lua = new LuaEngine()
    lua.set('twice', (f: LuaFunction, x: number) => (f.call(f.call(x)[0])[0]))
    expect(lua.eval('twice(function(v) return v * 3 end, 2)')).toBe(18)
    lua.set('evalIn', (code: string) => lua.eval(code))
    expect(lua.eval('evalIn("1 + 1") + 1')).toBe(3)
  })
})

describe('output', () => {
  it('stdout and stderr callbacks', () => {
    const out: string[] = [], err: string[] = []
    const lua = new LuaEngine({ stdout: (s) => out.push(s), stderr: (s) => err.push(s) })
    lua.run('print("a", 1) io.write("b") io.stderr:write("e")')
    expect(out.join('')).toBe('a\t1\nb')
    expect(err.join('')).toBe('e')
  })
  it('utf-8 split across writes decodes', () => {
    const out: string[] = []
    const lua = new LuaEngine({ stdout: (s) => out.push(s) })
    lua.run('io.write("\\xc3") io.stdout:flush() io.write("\\xa9")')
    expect(out.join('')).toBe('é')
  })
})

describe('modules', () => {
  it('preloads Lua source and JS loaders', () => {
    const lua: LuaEngine = new LuaEngine({
      modules: {
        greet: 'local M = {} function M.hi(n) return "hi " .. n end return M',
        jsmod: (engine: LuaEngine): unknown => ({ version: 2, twice: (x: number) => x * 2, same: engine === lua }),
      },
    })
    expect(lua.eval('require("greet").hi("bob")')).toBe('hi bob')
    expect(lua.eval('require("jsmod").twice(4)')).toBe(8)
    expect(lua.eval('require("jsmod").same')).toBe(true)
    expect(lua.eval('require("jsmod") == require("jsmod")')).toBe(true)
  })
  it('reports syntax errors in module sources', () => {
    expect(() => new LuaEngine({ modules: { bad: 'return =' } })).toThrow(LuaSyntaxError)
  })
})

describe('multi', () => {
  it('returns several values from JS', () => {
    const lua = new LuaEngine()
    lua.set('two', () => lua.multi(1, 'x'))
    lua.set('three', () => LuaEngine.multi(1, undefined, 3))
    lua.set('none', () => undefined)
    lua.set('nul', () => null)
    expect(lua.run('return two()')).toEqual([1, 'x'])
    expect(lua.run('return select("#", three())')).toEqual([3])
    expect(lua.run('return select("#", none())')).toEqual([0])
    expect(lua.run('return select("#", nul())')).toEqual([1])
    expect(new LuaMulti([1]).values).toEqual([1])
  })
})

describe('memory and lifetime', () => {
  it('memoryUsage is the exact heap counter', () => {
    const lua = new LuaEngine()
    const before = lua.memoryUsage()
    lua.run('big = {} for i = 1, 1e4 do big[i] = {} end')
    expect(lua.memoryUsage()).toBeGreaterThan(before)
    expect(Math.abs(lua.eval('collectgarbage("count")') as number * 1024 - lua.memoryUsage())).toBeLessThan(1024)
    lua.run('big = nil')
    const full = lua.memoryUsage()
    lua.collectGarbage()
    expect(lua.memoryUsage()).toBeLessThan(full)
  })
  it('close makes the engine unusable', () => {
    const lua = new LuaEngine()
    const t = lua.createTable({ a: 1 })
    lua.close()
    expect(lua.closed).toBe(true)
    expect(() => lua.run('return 1')).toThrow(/closed/)
    expect(() => t.get('a')).toThrow(/closed/)
    lua.close()
  })
  it('os.exit throws LuaExit', () => {
    const lua = new LuaEngine()
    try { lua.run('os.exit(4)'); expect.unreachable() } catch (e) {
      expect(e).toBeInstanceOf(LuaExit)
      expect((e as LuaExit).code).toBe(4)
    }
    expect(lua.eval('1')).toBe(1)
  })
  it('engines are independent', () => {
    const a = new LuaEngine(), b = new LuaEngine()
    a.set('x', 1)
    expect(b.get('x')).toBeUndefined()
    const t = a.createTable()
    expect(() => b.set('t', t)).toThrow(/another LuaEngine/)
  })
})
