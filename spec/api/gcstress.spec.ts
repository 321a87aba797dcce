// The API under GC stress (a full collection at every safe point): pins,
// conversions, callbacks, errors and async runs keep every value alive.
import { describe, it, expect } from 'vitest'
import { LuaEngine, LuaTable, LuaError, type LuaEngineOptions } from '../../src/index'

/** An engine collecting at every safe point. */
function stressed(): LuaEngine {
  return new LuaEngine({ gcStress: true } as LuaEngineOptions)
}

describe('gc stress', () => {
  it('handles, deep copies and callbacks', () => {
    const lua = stressed()
    const keep = lua.createTable({ a: [1, 2, { b: 'c' }], s: 'str' })
    lua.set('keep', keep)
    lua.set('make', (n: number) => ({ n, list: [n, n + 1], name: 'x' + n }))
    lua.set('sum', (t: LuaTable) => (t.get(1) as number) + (t.get(2) as number))
    const r = lua.run(`
      local acc = 0
      for i = 1, 200 do
        local o = make(i)
        acc = acc + sum(o.list) + #o.name
        local s = string.rep("y", i) .. tostring(i)
      end
      return acc, keep.a[3].b`)
    let acc = 0
    for (let i = 1; i <= 200; i++) acc += 2 * i + 1 + ('x' + i).length
    expect(r).toEqual([acc, 'c'])
    expect(keep.toJS()).toEqual({ a: [1, 2, { b: 'c' }], s: 'str' })
  })
  it('errors with table values and tracebacks', () => {
    const lua = stressed()
    for (let i = 0; i < 20; i++) {
      try { lua.run('local t = {code = ' + i + '} error(t)') } catch (e) {
        expect(((e as LuaError).value as LuaTable).get('code')).toBe(i)
      }
    }
  })
  it('async runs', async () => {
    const lua = stressed()
    lua.set('later', (v: unknown) => new Promise((r) => setTimeout(() => r(v), 0)))
    const r = await lua.runAsync('local t = {} for i = 1, 20 do t[i] = later({i}) end return t[20][1], #t')
    expect(r).toEqual([20, 20])
  })
})
