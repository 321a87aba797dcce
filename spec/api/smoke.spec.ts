import { it, expect } from 'vitest'
import { LuaEngine, LuaTable, LuaError } from '../../src/index'

it('smoke', async () => {
  const out: string[] = []
  const lua = new LuaEngine({ stdout: (s) => out.push(s) })
  expect(lua.run('return 1, "a", nil, true')).toEqual([1, 'a', undefined, true])
  lua.run('print("hi", 1.5)')
  expect(out.join('')).toBe('hi\t1.5\n')
  lua.set('add', (a: number, b: number) => a + b)
  expect(lua.run('return add(2, 3)')).toEqual([5])
  const t = lua.run('t = {1,2,x={y=3}} return t')[0] as LuaTable
  expect(t).toBeInstanceOf(LuaTable)
  expect(t.toJS()).toEqual({ 1: 1, 2: 2, x: { y: 3 } })
  expect(lua.get('t.x.y')).toBe(3)
  try { lua.run('local function f() error("boom") end f()', { chunkName: 'm.lua' }); expect.unreachable() } catch (e) {
    expect(e).toBeInstanceOf(LuaError)
    const le = e as LuaError
    console.log(le.message, le.traceback, le.chunk, le.line, JSON.stringify(le.frames))
  }
  lua.set('sleep', (ms: number) => new Promise((r) => setTimeout(() => r(ms * 2), ms)))
  expect(await lua.runAsync('local a = sleep(5) local b = sleep(1) return a + b')).toEqual([12])
})
