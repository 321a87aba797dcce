// Handles: identity, metatables, raw and metamethod access, iteration,
// release and pins, functions, threads, userdata.
import { describe, it, expect } from 'vitest'
import { LuaEngine, LuaTable, LuaFunction, LuaThread, LuaUserdata, LuaError } from '../../src/index'
import { TAG_TAB } from '../../soa/value'

/** Pin count of table [t]. */
function pins(lua: LuaEngine, t: LuaTable): number {
  return lua.core.H.gcPins.get((TAG_TAB & 15) * 4294967296 + t.id) ?? 0
}

describe('LuaTable', () => {
  it('keeps identity', () => {
    const lua = new LuaEngine()
    lua.run('t = {} u = t')
    const a = lua.get('t'), b = lua.get('u')
    expect(a).toBeInstanceOf(LuaTable)
    expect(a).toBe(b)
    expect(lua.run('return t, {}')[0]).toBe(a)
    lua.set('v', a)
    expect(lua.eval('v == t')).toBe(true)
    const m = new Map([[a, 'found']])
    expect(m.get(lua.get('u'))).toBe('found')
  })
  it('get/set honour __index/__newindex; raw access does not', () => {
    const lua = new LuaEngine()
    const t = lua.run(`
      log = {}
      return setmetatable({real = 1}, {
        __index = function(_, k) return "def:" .. k end,
        __newindex = function(t, k, v) log[#log + 1] = k rawset(t, k, v) end })`)[0] as LuaTable
    expect(t.get('real')).toBe(1)
    expect(t.get('missing')).toBe('def:missing')
    expect(t.rawget('missing')).toBeUndefined()
    t.set('newkey', 5)
    t.set('real', 2)
    expect(lua.eval('#log')).toBe(1)
    t.rawset('other', 6)
    expect(lua.eval('#log')).toBe(1)
    expect(t.get('other')).toBe(6)
  })
  it('keys of every type', () => {
    const lua = new LuaEngine()
    const t = lua.createTable()
    const k = lua.createTable()
    t.set(1, 'one')
    t.set(2.5, 'half')
    t.set(true, 'yes')
    t.set(k, 'table key')
    t.set('s', 's')
    expect(lua.load('local t, k = ... return t[1], t[2.5], t[true], t[k], t.s').call(t, k)).toEqual(['one', 'half', 'yes', 'table key', 's'])
    expect(() => t.set(undefined, 1)).toThrow('table index is nil')
    expect(() => t.set(NaN, 1)).toThrow('table index is NaN')
    t.set(1, undefined)
    expect(t.get(1)).toBeUndefined()
  })
  it('length, entries, ipairs, iterator', () => {
    const lua = new LuaEngine()
    const t = lua.run('return {10, 20, 30, x = "y"}')[0] as LuaTable
    expect(t.length).toBe(3)
    expect([...t.ipairs()]).toEqual([[1, 10], [2, 20], [3, 30]])
    const e = new Map(t.entries())
    expect(e.get(1)).toBe(10)
    expect(e.get('x')).toBe('y')
    expect([...t].length).toBe(4)
  })
  it('metatables are kept and can be changed', () => {
    const lua = new LuaEngine()
    const t = lua.run('mt = {__index = {greet = "hello"}} return setmetatable({}, mt)')[0] as LuaTable
    expect(t.getMetatable()).toBe(lua.get('mt'))
    expect(t.get('greet')).toBe('hello')
    const mt2 = lua.createTable({ __index: { greet: 'hi' } })
    t.setMetatable(mt2)
    expect(lua.load('return (...).greet').call(t)).toEqual(['hi'])
    t.setMetatable(null)
    expect(t.getMetatable()).toBeUndefined()
    expect(t.get('greet')).toBeUndefined()
  })
  it('toJS copies deeply, keeps cycles and shared subtables', () => {
    const lua = new LuaEngine()
    const t = lua.run('local a = {1, 2} local t = {arr = a, again = a, obj = {x = 1}, [1.5] = "f", [true] = "b"} t.self = t return t')[0] as LuaTable
    const o = t.toJS() as Record<string, unknown>
    expect(o.arr).toEqual([1, 2])
    expect(o.again).toBe(o.arr)
    expect(o.self).toBe(o)
    expect(o.obj).toEqual({ x: 1 })
    expect(o['1.5']).toBe('f')
    expect(o.true).toBe('b')
    const shallow = t.toJS({ deep: false }) as Record<string, unknown>
    expect(shallow.obj).toBeInstanceOf(LuaTable)
  })
  it('toJS array modes and Map for other keys', () => {
    const lua = new LuaEngine()
    const seq = lua.run('return {1, 2, 3}')[0] as LuaTable
    expect(seq.toJS()).toEqual([1, 2, 3])
    expect(seq.toJS({ arrays: 'never' })).toEqual({ 1: 1, 2: 2, 3: 3 })
    const holes = lua.run('return {1, nil, 3}')[0] as LuaTable
    expect(holes.toJS()).toEqual({ 1: 1, 3: 3 })
    expect(holes.toJS({ arrays: 'always' })).toEqual([1, undefined, 3])
    const m = lua.run('local k = {} return {[k] = 1, a = 2}')[0] as LuaTable
    const js = m.toJS() as Map<unknown, unknown>
    expect(js).toBeInstanceOf(Map)
    expect(js.get('a')).toBe(2)
    expect(lua.createTable().toJS()).toEqual({})
  })
  it('release drops the pin; a released handle throws', () => {
    const lua = new LuaEngine()
    const t = lua.createTable({ a: 1 })
    expect(pins(lua, t)).toBe(1)
    const again = lua.fromJS(t)
    expect(again).toBe(t)
    expect(pins(lua, t)).toBe(1)
    t.release()
    expect(pins(lua, t)).toBe(0)
    expect(t.released).toBe(true)
    expect(() => t.get('a')).toThrow(/released/)
    t.release()
  })
  it('a pinned table survives collection; an unpinned one does not', () => {
    const lua = new LuaEngine()
    const keep = lua.run('return {kept = true}')[0] as LuaTable
    lua.run('collectgarbage() collectgarbage()')
    lua.collectGarbage()
    expect(keep.get('kept')).toBe(true)
    const id = keep.id
    keep.release()
    lua.collectGarbage()
    expect(lua.core.H.tabFlag[id] & 1).toBe(0)
  })
})

describe('LuaFunction', () => {
  it('call returns all results; errors are LuaError', () => {
    const lua = new LuaEngine()
    const f = lua.run('return function(a, ...) if a == "fail" then error("failed", 0) end return a, select("#", ...) end')[0] as LuaFunction
    expect(f.call(1, 2, 3)).toEqual([1, 2])
    expect(() => f.call('fail')).toThrow(LuaError)
    const js = f.toJS()
    expect(js('x', 1)).toBe('x')
  })
  it('host functions come back as LuaFunction too', () => {
    const lua = new LuaEngine()
    const p = lua.get('string.upper') as LuaFunction
    expect(p).toBeInstanceOf(LuaFunction)
    expect(p.call('abc')).toEqual(['ABC'])
  })
})

describe('LuaThread', () => {
  it('resume, yield values, status', () => {
    const lua = new LuaEngine()
    const co = lua.run('return coroutine.create(function(a) local b = coroutine.yield(a + 1) return b * 2 end)')[0] as LuaThread
    expect(co).toBeInstanceOf(LuaThread)
    expect(co.status).toBe('suspended')
    expect(co.resume(1)).toEqual({ done: false, values: [2] })
    expect(co.resume(5)).toEqual({ done: true, values: [10] })
    expect(co.status).toBe('dead')
    expect(() => co.resume()).toThrow('cannot resume dead coroutine')
  })
  it('errors inside become LuaError', () => {
    const lua = new LuaEngine()
    const co = lua.run('return coroutine.create(function() error("inside") end)')[0] as LuaThread
    expect(() => co.resume()).toThrow(/inside/)
  })
})

describe('LuaUserdata', () => {
  it('wraps Lua userdata with metatables', () => {
    const lua = new LuaEngine()
    const u = lua.run('local u = newproxy(true) getmetatable(u).__index = function(_, k) return k .. "!" end return u')[0] as LuaUserdata
    expect(u).toBeInstanceOf(LuaUserdata)
    expect(u.getMetatable()).toBeInstanceOf(LuaTable)
    expect(u.get('x')).toBe('x!')
    const f = lua.run('return io.stdout')[0]
    expect(f).toBeInstanceOf(LuaUserdata)
  })
})

describe('FinalizationRegistry', () => {
  it('unpins handles JS dropped (node --expose-gc)', async () => {
    const { spawnSync } = await import('node:child_process')
    const { mkdtempSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join, resolve } = await import('node:path')
    const { buildSync } = await import('esbuild')
    // A private bundle of the API (not dist/, which the CLI spec may rebuild).
    const out = join(mkdtempSync(join(tmpdir(), 'tracelua-fin-')), 'index.mjs')
    buildSync({
      entryPoints: [resolve(__dirname, '../../src/index.ts')], bundle: true, format: 'esm',
      platform: 'node', outfile: out, logLevel: 'silent',
    })
    const script = `
      import { LuaEngine } from ${JSON.stringify(out)}
      const lua = new LuaEngine()
      const pins = () => lua.core.H.gcPins.size
      const base = pins()
      ;(() => { for (let i = 0; i < 100; i++) lua.run('return {}') })()
      const held = pins() - base
      for (let i = 0; i < 20 && pins() > base; i++) {
        await new Promise((r) => setTimeout(r, 10))
        globalThis.gc()
      }
      console.log(JSON.stringify({ held, after: pins() - base }))`
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' })
    const res = JSON.parse(r.stdout.trim()) as { held: number; after: number }
    expect(res.held).toBe(100)
    expect(res.after).toBe(0)
  }, 120000)
})
