// Limits: every kind stops runaway loops, runaway pattern matches and huge
// string.rep, raises LuaLimitError with its kind (uncatchable by pcall),
// leaves the engine usable, and costs nothing when unset.
import { describe, it, expect } from 'vitest'
import { LuaEngine, LuaLimitError, LuaError } from '../../src/index'
import { BUDGET_NONE, budgetRefill } from '../../src/vm/state'

/** The LuaLimitError [fn] throws. */
function limitOf(fn: () => unknown): LuaLimitError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(LuaLimitError)
    return e as LuaLimitError
  }
  throw new Error('no limit fired')
}

const RUNAWAY_FIND = 'return string.find(("a"):rep(3000), (".-"):rep(4) .. "b")'
const RUNAWAY_MATCH = 'return ("a"):rep(3000):match((".-"):rep(4) .. "b")'
const RUNAWAY_GSUB = 'return (("a"):rep(3000)):gsub((".-"):rep(4) .. "b", "")'
const RUNAWAY_GMATCH = 'for m in (("a"):rep(3000)):gmatch((".-"):rep(4) .. "b") do end'

describe('instructions', () => {
  it('stops while true do end', () => {
    const lua = new LuaEngine({ limits: { instructions: 1e6 } })
    const e = limitOf(() => lua.run('while true do end', { chunkName: 'loop.lua' }))
    expect(e.kind).toBe('instructions')
    expect(e.message).toBe('instruction limit exceeded')
    expect(e.traceback).toContain('loop.lua:1: in main chunk')
    expect(e.chunk).toBe('loop.lua')
    expect(e.line).toBe(1)
  })
  it('counts per run: the budget is refilled for the next run', () => {
    const lua = new LuaEngine({ limits: { instructions: 5000 } })
    for (let i = 0; i < 5; i++) expect(lua.run('local s = 0 for i = 1, 1000 do s = s + i end return s')).toEqual([500500])
    limitOf(() => lua.run('local s = 0 for i = 1, 10000 do s = s + i end return s'))
  })
  it('fires close to the limit', () => {
    const lua = new LuaEngine({ limits: { instructions: 100 } })
    limitOf(() => lua.run('for i = 1, 200 do end'))
    expect(lua.run('for i = 1, 50 do end return 1')).toEqual([1])
  })
  it('stops unbounded recursion through calls', () => {
    const lua = new LuaEngine({ limits: { instructions: 1e5 } })
    expect(limitOf(() => lua.run('local function f() return f() end f()')).kind).toBe('instructions')
  })
  it('stops a runaway string.find inside the matcher', () => {
    const lua = new LuaEngine({ limits: { instructions: 2e6 } })
    const t0 = Date.now()
    const e = limitOf(() => lua.run(RUNAWAY_FIND))
    expect(e.kind).toBe('instructions')
    expect(Date.now() - t0).toBeLessThan(30000) // generous: the box may be loaded
    expect(e.traceback).toContain("[C]: in function 'find'")
  })
  it('stops runaway match, gsub and gmatch', () => {
    const lua = new LuaEngine({ limits: { instructions: 2e6 } })
    for (const src of [RUNAWAY_MATCH, RUNAWAY_GSUB, RUNAWAY_GMATCH]) {
      expect(limitOf(() => lua.run(src)).kind).toBe('instructions')
    }
  })
  it('guarded pattern functions give the same results', () => {
    const lua = new LuaEngine({ limits: { instructions: 1e8 } })
    const plain = new LuaEngine()
    const src = `
      local out = {}
      local function add(...) for i = 1, select('#', ...) do out[#out + 1] = tostring((select(i, ...))) end end
      add(string.find("hello world", "o w"), string.find("hello", "l+"), string.find("x.y", ".", 1, true))
      add(string.find("abc", "b", -1), ("key=val"):match("(%w+)=(%w+)"), ("abc"):match("^b"))
      add(string.gsub("hello world", "o", "0"), string.gsub("abc", "", "-"), string.gsub("abc", "%w", "%0%0", 2))
      add(string.gsub("abc", "^a", "A"), string.gsub("x y", "%w", {x = "1"}), string.gsub("ab", ".", function(c) return c:upper() end))
      for k, v in string.gmatch("a=1, b=2", "(%w+)=(%w+)") do add(k, v) end
      for w in string.gfind("one two", "%a+") do add(w) end
      add(pcall(string.find, "x", "[a"), pcall(string.rep), table.concat({1, "a", 2.5}, "-"))
      return table.concat(out, "|")`
    expect(lua.run(src)).toEqual(plain.run(src))
  })
  it('is not caught by pcall', () => {
    const lua = new LuaEngine({ limits: { instructions: 1e5 } })
    const out: string[] = []
    lua.set('note', (s: string) => { out.push(s) })
    limitOf(() => lua.run('local ok = pcall(function() while true do end end) note("after pcall")'))
    expect(out).toEqual([])
  })
  it('leaves the engine usable', () => {
    const lua = new LuaEngine({ limits: { instructions: 1e5 } })
    limitOf(() => lua.run('x = 1 while true do end'))
    expect(lua.run('return x + 1')).toEqual([2])
    limitOf(() => lua.run('local co = coroutine.wrap(function() while true do end end) co()'))
    expect(lua.run('return 3')).toEqual([3])
  })
})

describe('memory', () => {
  it('stops string.rep("x", 2^30) before building it', () => {
    const lua = new LuaEngine({ limits: { memoryBytes: 8 << 20 } })
    const e = limitOf(() => lua.run('return string.rep("x", 2^30)'))
    expect(e.kind).toBe('memory')
    expect(e.traceback).toContain("[C]: in function 'rep'")
  })
  it('stops a growing table in a loop (exact heap bytes)', () => {
    const lua = new LuaEngine({ limits: { memoryBytes: 4 << 20 } })
    const e = limitOf(() => lua.run('local t = {} local i = 0 while true do i = i + 1 t[i] = {i} end'))
    expect(e.kind).toBe('memory')
    expect(lua.memoryUsage()).toBeGreaterThan(0)
  })
  it('collects garbage before giving up', () => {
    const lua = new LuaEngine({ limits: { memoryBytes: 2 << 20 } })
    expect(lua.run('for i = 1, 2e5 do local t = {i, i + 1} end return "ok"')).toEqual(['ok'])
    expect(lua.run('for i = 1, 300 do local s = string.rep("y", 1e5) end return "ok"')).toEqual(['ok'])
  })
  it('stops while true do end only when memory grows', () => {
    // Two engines: on a loaded machine the doubling loop must not meet a
    // short time limit before it meets the memory limit.
    const lua = new LuaEngine({ limits: { memoryBytes: 1 << 20, timeMs: 200 } })
    expect(limitOf(() => lua.run('while true do end')).kind).toBe('time')
    const big = new LuaEngine({ limits: { memoryBytes: 1 << 20, timeMs: 60000 } })
    expect(limitOf(() => big.run('local s = "x" while true do s = s .. s end')).kind).toBe('memory')
  })
  it('table.concat is checked before building', () => {
    const lua = new LuaEngine({ limits: { memoryBytes: 8 << 20 } })
    expect(limitOf(() => lua.run('local t = {} for i = 1, 100 do t[i] = ("x"):rep(1e5) end return table.concat(t)')).kind).toBe('memory')
  })
})

describe('time', () => {
  it('stops while true do end', () => {
    const lua = new LuaEngine({ limits: { timeMs: 100 } })
    const t0 = Date.now()
    expect(limitOf(() => lua.run('while true do end')).kind).toBe('time')
    expect(Date.now() - t0).toBeLessThan(30000) // generous: the box may be loaded
  })
  it('stops a runaway pattern', () => {
    const lua = new LuaEngine({ limits: { timeMs: 100 } })
    expect(limitOf(() => lua.run(RUNAWAY_FIND)).kind).toBe('time')
  })
  it('stops string.rep("x", 2^30) with its default size check', () => {
    const lua = new LuaEngine({ limits: { timeMs: 100 } })
    // No memory limit: 5.1's own size check raises "not enough memory".
    expect(() => lua.run('return string.rep("x", 2^30)')).toThrow(LuaError)
  })
})

describe('call depth', () => {
  it('stops deep recursion', () => {
    const lua = new LuaEngine({ limits: { callDepth: 100 } })
    const e = limitOf(() => lua.run('local function f(n) return 1 + f(n + 1) end return f(1)'))
    expect(e.kind).toBe('depth')
    expect(e.message).toBe('call depth limit exceeded')
    expect(lua.run('local function f(n) if n == 0 then return 0 end return 1 + f(n - 1) end return f(50)')).toEqual([50])
  })
  it('tail calls do not count', () => {
    const lua = new LuaEngine({ limits: { callDepth: 50, instructions: 1e6 } })
    expect(lua.run('local function f(n) if n == 0 then return "done" end return f(n - 1) end return f(10000)')).toEqual(['done'])
  })
  it('stops while true do end with a loop of calls too', () => {
    const lua = new LuaEngine({ limits: { callDepth: 100, timeMs: 100 } })
    expect(limitOf(() => lua.run('while true do end')).kind).toBe('time')
  })
})

describe('string size', () => {
  it('stops string.rep before building', () => {
    const lua = new LuaEngine({ limits: { stringBytes: 1 << 20 } })
    expect(limitOf(() => lua.run('return string.rep("x", 2^30)')).kind).toBe('string')
    expect(lua.run('return #string.rep("x", 1000)')).toEqual([1000])
  })
  it('stops doubling concatenation in a loop', () => {
    const lua = new LuaEngine({ limits: { stringBytes: 1 << 16 } })
    expect(limitOf(() => lua.run('local s = "x" while true do s = s .. s end')).kind).toBe('string')
  })
  it('table.concat', () => {
    const lua = new LuaEngine({ limits: { stringBytes: 1000 } })
    expect(limitOf(() => lua.run('local t = {} for i = 1, 100 do t[i] = "0123456789" end return table.concat(t, ",")')).kind).toBe('string')
  })
})

describe('no limits', () => {
  it('leaves the budget hook off', () => {
    const lua = new LuaEngine()
    expect(lua.core.L.onBudget).toBe(budgetRefill)
    lua.run('for i = 1, 1000 do end')
    expect(lua.core.L.budget).toBeGreaterThan(BUDGET_NONE - 1e6)
    expect(lua.core.L.onBudget).toBe(budgetRefill)
    const s = new LuaEngine().run('return string.find')[0]
    expect(s).toBeDefined()
  })
  it('setLimits turns them on and off', () => {
    const lua = new LuaEngine()
    lua.setLimits({ instructions: 1000 })
    limitOf(() => lua.run('while true do end'))
    lua.setLimits({})
    expect(lua.core.L.onBudget).toBe(budgetRefill)
    expect(lua.run('for i = 1, 1e5 do end return 1')).toEqual([1])
  })
  it('rejects bad limit values', () => {
    expect(() => new LuaEngine({ limits: { instructions: -1 } })).toThrow(TypeError)
  })
})

describe('with the JIT', () => {
  it('hot loops give the same results with and without it, limits still fire', () => {
    const src = 'local s = 0 for i = 1, 3e5 do s = s + i % 7 end return s'
    expect(new LuaEngine().run(src)).toEqual(new LuaEngine({ jit: false }).run(src))
    const lua = new LuaEngine({ limits: { instructions: 1e5 } })
    expect(limitOf(() => lua.run('local s = 0 for i = 1, 1e7 do s = s + i end return s')).kind).toBe('instructions')
  })
})

describe('abort (sync)', () => {
  it('a host function aborting stops the run', () => {
    const lua = new LuaEngine()
    const ac = new AbortController()
    lua.set('stop', () => { ac.abort() })
    const e = limitOf(() => lua.run('stop() while true do end', { signal: ac.signal }))
    expect(e.kind).toBe('abort')
    expect(lua.run('for i = 1, 1e5 do end return 1')).toEqual([1])
  })
})
