// Async runs: host functions returning Promises suspend the calling
// coroutine from any depth; rejections are Lua errors; AbortSignal and
// time limits cancel.
import { describe, it, expect } from 'vitest'
import { LuaEngine, LuaError, LuaLimitError, LuaFunction } from '../../src/index'

/** A promise of [v] after [ms]. */
function later<T>(v: T, ms = 1): Promise<T> {
  return new Promise((r) => setTimeout(() => r(v), ms))
}

/** An engine with sleep(ms, v) and fail(msg). */
function asyncEngine(): LuaEngine {
  const lua = new LuaEngine()
  lua.set('sleep', (ms: number, v: unknown) => later(v, ms))
  lua.set('fail', (msg: string) => new Promise((_, rej) => setTimeout(() => rej(new Error(msg)), 1)))
  return lua
}

describe('runAsync', () => {
  it('awaits promises and returns all results', async () => {
    const lua = asyncEngine()
    expect(await lua.runAsync('local a = sleep(2, 20) local b = sleep(1, 1) return a + b, "done"')).toEqual([21, 'done'])
  })
  it('awaits from any depth: nested calls, pcall, metamethods, loops', async () => {
    const lua = asyncEngine()
    const r = await lua.runAsync(`
      local function deep(n) if n == 0 then return sleep(1, "bottom") end return deep(n - 1) end
      local ok, v = pcall(function() return sleep(1, "in pcall") end)
      local mt = setmetatable({}, {__index = function(_, k) return sleep(1, k .. "!") end})
      local acc = 0
      for i = 1, 5 do acc = acc + sleep(0, i) end
      return deep(50), v, mt.key, acc`)
    expect(r).toEqual(['bottom', 'in pcall', 'key!', 15])
  })
  it('a resolved LuaMulti gives several results', async () => {
    const lua = new LuaEngine()
    lua.set('pair', () => Promise.resolve(lua.multi(1, 2)))
    expect(await lua.runAsync('local a, b = pair() return b, a')).toEqual([2, 1])
  })
  it('rejections are Lua errors, catchable by pcall, with the JS error as cause', async () => {
    const lua = asyncEngine()
    expect(await lua.runAsync('local ok, e = pcall(fail, "nope") return ok, e')).toEqual([false, 'nope'])
    expect(await lua.runAsync('local ok, e = pcall(function() fail("x") end) return ok, e', { chunkName: 'p.lua' })).toEqual([false, 'p.lua:1: x'])
    try { await lua.runAsync('local x = 1\nfail("broken")', { chunkName: 'a.lua' }); expect.unreachable() } catch (e) {
      expect(e).toBeInstanceOf(LuaError)
      const le = e as LuaError
      expect(le.message).toBe('a.lua:2: broken')
      expect((le.cause as Error).message).toBe('broken')
      expect(le.traceback).toContain("[C]: in function 'fail'")
      expect(le.traceback).toContain('a.lua:2: in main chunk')
    }
  })
  it('runs several async runs concurrently', async () => {
    // Gates opened by the test, not timers: the order does not depend on load.
    const lua = new LuaEngine()
    const order: string[] = []
    const gates: Record<string, () => void> = {}
    lua.set('note', (s: string) => { order.push(s) })
    lua.set('gate', (name: string) => new Promise<void>((r) => { gates[name] = r }))
    const a = lua.runAsync('note("a1") gate("a") note("a2") return "A"')
    const b = lua.runAsync('note("b1") gate("b") note("b2") return "B"')
    await later(0)
    expect(order).toEqual(['a1', 'b1'])
    gates.b()
    const rb = await b
    gates.a()
    expect([await a, rb]).toEqual([['A'], ['B']])
    expect(order).toEqual(['a1', 'b1', 'b2', 'a2'])
  })
  it('sync calls work while an async run is suspended', async () => {
    const lua = asyncEngine()
    lua.run('counter = 0')
    const p = lua.runAsync('sleep(5) counter = counter + 1 return counter')
    expect(lua.run('counter = counter + 10 return counter')).toEqual([10])
    expect(await p).toEqual([11])
  })
  it('plain coroutine.yield at top level yields to the event loop', async () => {
    const lua = new LuaEngine()
    expect(await lua.runAsync('local n = 0 for i = 1, 3 do coroutine.yield() n = n + 1 end return n')).toEqual([3])
  })
  it('the run thread cannot be resumed from Lua while it waits', async () => {
    const lua = asyncEngine()
    const r = await lua.runAsync('local co = coroutine.running() return coroutine.status(co), sleep(1, "ok")')
    expect(r).toEqual(['running', 'ok'])
  })
  it('awaiting is refused in nested coroutines and sync runs', async () => {
    const lua = asyncEngine()
    const r = await lua.runAsync('local co = coroutine.wrap(function() return sleep(1) end) return pcall(co)')
    expect(r[0]).toBe(false)
    expect(String(r[1])).toContain('nested coroutine')
    expect(() => lua.run('sleep(1)')).toThrow(/outside runAsync/)
    const r2 = await lua.runAsync('return pcall(table.sort, {1, 2}, function(a, b) sleep(1) return a < b end)')
    expect(r2[0]).toBe(false)
    expect(String(r2[1])).toContain('C-call boundary')
  })
})

describe('callAsync', () => {
  it('calls Lua functions that await (functions called from JS can await)', async () => {
    const lua = asyncEngine()
    lua.run('function fetchTwice(x) return sleep(1, x) .. sleep(1, x) end')
    expect(await lua.callAsync('fetchTwice', 'ab')).toEqual(['abab'])
    const f = lua.get('fetchTwice') as LuaFunction
    expect(await f.callAsync('z')).toEqual(['zz'])
  })
  it('from inside a host callback', async () => {
    const lua = asyncEngine()
    lua.set('later', async (f: LuaFunction) => (await f.callAsync(3))[0])
    expect(await lua.runAsync('return later(function(n) return sleep(1, n * 2) end)')).toEqual([6])
  })
})

describe('cancellation', () => {
  it('AbortSignal cancels a waiting run', async () => {
    const lua = asyncEngine()
    const ac = new AbortController()
    const p = lua.runAsync('sleep(1000) return 1', { signal: ac.signal })
    setTimeout(() => ac.abort(new Error('stop')), 5)
    try { await p; expect.unreachable() } catch (e) {
      expect(e).toBeInstanceOf(LuaLimitError)
      expect((e as LuaLimitError).kind).toBe('abort')
      expect(((e as LuaLimitError).cause as Error).message).toBe('stop')
      expect((e as LuaLimitError).traceback).toContain("in function 'sleep'")
    }
    expect(lua.run('return 2')).toEqual([2])
  })
  it('AbortSignal stops a busy loop between awaits', async () => {
    const lua = new LuaEngine()
    const ac = new AbortController()
    lua.set('tick', () => Promise.resolve())
    lua.set('stop', () => { ac.abort() })
    const p = lua.runAsync('tick() stop() while true do end', { signal: ac.signal })
    await expect(p).rejects.toMatchObject({ kind: 'abort' })
  })
  it('an already aborted signal rejects at once', async () => {
    const ac = new AbortController()
    ac.abort()
    await expect(new LuaEngine().runAsync('return 1', { signal: ac.signal })).rejects.toBeInstanceOf(LuaLimitError)
  })
  it('the time limit covers waiting', async () => {
    const lua = new LuaEngine({ limits: { timeMs: 30 } })
    lua.set('never', () => new Promise(() => undefined))
    await expect(lua.runAsync('never()')).rejects.toMatchObject({ kind: 'time' })
  })
  it('instruction limits count across awaits', async () => {
    const lua = new LuaEngine({ limits: { instructions: 50000 } })
    lua.set('tick', () => Promise.resolve())
    await expect(lua.runAsync('for i = 1, 100 do tick() for j = 1, 1000 do end end')).rejects.toMatchObject({ kind: 'instructions' })
  })
})
