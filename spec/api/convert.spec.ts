// Conversions at the boundary: primitives, binary strings, deep copies
// with cycles, JS functions (multiple returns, no `this`, identity),
// proxied objects, host exceptions as Lua errors.
import { describe, it, expect } from 'vitest'
import { LuaEngine, LuaTable, LuaFunction, LuaError, LuaLimitError } from '../../src/index'

describe('primitives', () => {
  it('round-trip exactly', () => {
    const lua = new LuaEngine()
    const id = lua.load('return ...')
    const vals = [0, -0, 1.5, 2 ** 53, -1e308, Infinity, -Infinity, true, false, 'text', '', 'ünï']
    expect(id.call(...vals)).toEqual(vals)
    expect(Object.is(id.call(-0)[0], -0)).toBe(true)
    expect(Number.isNaN(id.call(NaN)[0])).toBe(true)
    expect(id.call(10n)).toEqual([10])
  })
  it('null and undefined are nil', () => {
    const lua = new LuaEngine()
    expect(lua.load('return select("#", ...), (...) == nil, select(2, ...) == nil').call(null, undefined)).toEqual([2, true, true])
  })
  it('symbols cannot cross', () => {
    expect(() => new LuaEngine().load('return ...').call(Symbol('x'))).toThrow(TypeError)
  })
})

describe('binary strings', () => {
  it('Uint8Array in, bytes out', () => {
    const lua = new LuaEngine({ strings: 'bytes' })
    const bin = new Uint8Array([0, 255, 128, 10, 0])
    const r = lua.load('local s = ... return s, #s, s:byte(2)').call(bin)
    expect(r[0]).toEqual(bin)
    expect(r[1]).toBe(5)
    expect(r[2]).toBe(255)
    expect(lua.run('return "abc"')[0]).toEqual(new Uint8Array([97, 98, 99]))
  })
  it('auto mode: text when valid UTF-8, bytes otherwise', () => {
    const lua = new LuaEngine({ strings: 'auto' })
    expect(lua.run('return "héllo", "\\255\\254"')).toEqual(['héllo', new Uint8Array([255, 254])])
  })
  it('per-run string mode and ArrayBuffer input', () => {
    const lua = new LuaEngine()
    expect(lua.run('return "\\0x"', { strings: 'bytes' })[0]).toEqual(new Uint8Array([0, 120]))
    expect(lua.load('return #...').call(new Uint8Array([1, 2, 3]).buffer)).toEqual([3])
  })
})

describe('deep copies', () => {
  it('arrays and plain objects become tables; cycles stay cycles', () => {
    const lua = new LuaEngine()
    const o: Record<string, unknown> = { list: [1, 2, { x: 'y' }], name: 'n' }
    o.self = o
    lua.set('o', o)
    expect(lua.eval('o.list[3].x')).toBe('y')
    expect(lua.eval('#o.list')).toBe(3)
    expect(lua.eval('o.self == o')).toBe(true)
    const back = lua.toJS(lua.get('o')) as Record<string, unknown>
    expect(back.self).toBe(back)
    expect(back.list).toEqual([1, 2, { x: 'y' }])
  })
  it('array holes and null become nil', () => {
    const lua = new LuaEngine()
    lua.set('a', [1, null, 3])
    expect(lua.eval('a[1] .. tostring(a[2]) .. a[3]')).toBe('1nil3')
  })
  it('fromJS returns handles for tables and primitives as is', () => {
    const lua = new LuaEngine()
    expect(lua.fromJS({ a: 1 })).toBeInstanceOf(LuaTable)
    expect(lua.fromJS(5)).toBe(5)
    expect(lua.fromJS(() => 1)).toBeInstanceOf(LuaFunction)
    expect(lua.toJS(7)).toBe(7)
    expect(lua.createTable([1, 2]).length).toBe(2)
  })
})

describe('JS functions', () => {
  it('are plain Lua functions: no this, all args, several results', () => {
    const lua = new LuaEngine()
    let seenThis: unknown = 'unset'
    lua.set('f', function (this: unknown, ...args: unknown[]) {
      seenThis = this
      return lua.multi(args.length, ...args)
    })
    expect(lua.run('return f(1, nil, "x")')).toEqual([3, 1, undefined, 'x'])
    expect(seenThis).toBeUndefined()
    expect(lua.eval('type(f)')).toBe('function')
  })
  it('keep identity while alive', () => {
    const lua = new LuaEngine()
    const fn = (): number => 1
    lua.set('a', fn)
    lua.set('b', fn)
    expect(lua.eval('a == b')).toBe(true)
    lua.set('c', () => 1)
    expect(lua.eval('a == c')).toBe(false)
  })
  it('tables passed in are live handles', () => {
    const lua = new LuaEngine()
    lua.set('mutate', (t: LuaTable) => { t.set('touched', true); return t })
    expect(lua.eval('(function() local t = {} return mutate(t) == t and t.touched end)()')).toBe(true)
  })
  it('many arguments', () => {
    const lua = new LuaEngine()
    lua.set('sum', (...a: number[]) => a.reduce((x, y) => x + y, 0))
    expect(lua.eval('sum(1,2,3,4,5,6,7,8,9,10)')).toBe(55)
  })
  it('returning an array gives a table', () => {
    const lua = new LuaEngine()
    lua.set('arr', () => [1, 2, 3])
    expect(lua.eval('#arr()')).toBe(3)
  })
})

describe('host exceptions', () => {
  it('become Lua errors with position, catchable by pcall', () => {
    const lua = new LuaEngine()
    lua.set('boom', () => { throw new Error('kaput') })
    expect(lua.run('return pcall(function() boom() end)', { chunkName: 'h.lua' })).toEqual([false, 'h.lua:1: kaput'])
    // Called directly by pcall (a host function): no position, as luaL_error.
    expect(lua.run('return pcall(boom)')).toEqual([false, 'kaput'])
  })
  it('keep the JS error as cause when uncaught', () => {
    const lua = new LuaEngine()
    const err = new RangeError('bad range')
    lua.set('boom', () => { throw err })
    try { lua.run('local x = 1\nboom()', { chunkName: 'c.lua' }); expect.unreachable() } catch (e) {
      expect(e).toBeInstanceOf(LuaError)
      const le = e as LuaError
      expect(le.message).toBe('c.lua:2: bad range')
      expect(le.cause).toBe(err)
      expect(le.traceback).toContain("[C]: in function 'boom'")
      expect(le.line).toBe(2)
    }
  })
  it('non-Error throws become messages', () => {
    const lua = new LuaEngine()
    lua.set('t', () => { throw 'plain' })
    expect(lua.run('return pcall(function() t() end)', { chunkName: '=x' })).toEqual([false, 'x:1: plain'])
  })
  it('a LuaError from a nested run rethrows its Lua value', () => {
    const lua = new LuaEngine()
    lua.set('inner', () => lua.run('error({code = 7})'))
    expect(lua.eval('select(2, pcall(inner)).code')).toBe(7)
  })
  it('limit errors from nested runs stay uncatchable', () => {
    const lua = new LuaEngine({ limits: { instructions: 1e5 } })
    lua.set('spin', () => lua.run('while true do end'))
    expect(() => lua.run('pcall(spin) return "caught"')).toThrow(LuaLimitError)
  })
})

describe('proxied objects', () => {
  class Counter {
    n = 0
    inc(by: number): number { this.n += by; return this.n }
    toString(): string { return 'Counter(' + this.n + ')' }
  }
  it('read fields, call methods with : (self dropped), write fields', () => {
    const lua = new LuaEngine()
    const c = new Counter()
    lua.set('c', c)
    expect(lua.eval('type(c)')).toBe('userdata')
    expect(lua.eval('c:inc(2) + c:inc(3)')).toBe(7)
    expect(lua.eval('c.n')).toBe(5)
    lua.run('c.n = 100')
    expect(c.n).toBe(100)
    expect(lua.eval('tostring(c)')).toBe('Counter(100)')
    expect(lua.get('c')).toBe(c)
    lua.set('d', c)
    expect(lua.eval('c == d')).toBe(true)
  })
  it('Maps and Dates are proxied, not copied', () => {
    const lua = new LuaEngine()
    const m = new Map([['k', 1]])
    lua.set('m', m)
    expect(lua.eval('m:get("k")')).toBe(1)
    expect(lua.eval('m.size')).toBe(1)
  })
})
