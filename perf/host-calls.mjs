#!/usr/bin/env node
// Host call cost across the embedding API, measured with benchmark.js on
// the built bundle (dist/index.js; run `npx tsup` first):
//
//   JS -> Lua   LuaFunction.call(a, b) of `function(a, b) return a + b end`
//   Lua -> JS   a Lua loop calling a JS function (a, b) => a + b, per call,
//               minus the same loop calling a Lua function (loop + call
//               overhead of the interpreter), and without subtracting
//   Lua -> Lua  the reference: the same loop calling a Lua function
//
// Run: node perf/host-calls.mjs [--quick] [--jit]
// The interpreter alone by default; --jit turns the tracing JIT on (loops
// that call host functions then depend on how the JIT treats those calls).
import Benchmark from 'benchmark'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const dist = join(here, '../dist/index.js')
if (!existsSync(dist)) {
  console.error('dist/index.js missing: run `npx tsup` first')
  process.exit(1)
}
const { LuaEngine } = await import(pathToFileURL(dist).href)
const quick = process.argv.includes('--quick')

const lua = new LuaEngine({ jit: process.argv.includes('--jit') })
const LOOP = 1000
const addLua = lua.run('return function(a, b) return a + b end')[0]
lua.set('addJS', (a, b) => a + b)
lua.set('noop', () => undefined)
lua.set('addLua', addLua)
const loopJS = lua.load(`local f = addJS local s = 0 for i = 1, ${LOOP} do s = f(s, 1) end return s`)
const loopNoop = lua.load(`local f = noop for i = 1, ${LOOP} do f() end`)
const loopLua = lua.load(`local f = addLua local s = 0 for i = 1, ${LOOP} do s = f(s, 1) end return s`)
const loopEmpty = lua.load(`local s = 0 for i = 1, ${LOOP} do s = s + 1 end return s`)
const strJS = lua.load(`local f = addJS local s for i = 1, ${LOOP} do s = f("a", "b") end return s`)
lua.set('echo', (x) => x)
const tabJS = lua.load(`local f, t = echo, {} for i = 1, ${LOOP} do f(t) end`)

let sink = 0
const suite = new Benchmark.Suite()
const opts = quick ? { maxTime: 0.5, minSamples: 5 } : { maxTime: 2, minSamples: 20 }
suite
  .add('JS->Lua call (f.call(a, b))', () => { sink += addLua.call(sink & 7, 1)[0] }, opts)
  .add('Lua->JS call loop x' + LOOP, () => { sink += loopJS.call()[0] }, opts)
  .add('Lua->JS noop loop x' + LOOP, () => { loopNoop.call() }, opts)
  .add('Lua->JS string args loop x' + LOOP, () => { strJS.call() }, opts)
  .add('Lua->JS table arg loop x' + LOOP, () => { tabJS.call() }, opts)
  .add('Lua->Lua call loop x' + LOOP, () => { sink += loopLua.call()[0] }, opts)
  .add('empty loop x' + LOOP, () => { sink += loopEmpty.call()[0] }, opts)

const ns = {}
suite.on('cycle', (ev) => {
  const b = ev.target
  ns[b.name] = 1e9 / b.hz
  console.log(String(b))
})
suite.on('complete', () => {
  const per = (name) => ns[name] / LOOP
  const loopLuaNs = per('Lua->Lua call loop x' + LOOP)
  const emptyNs = per('empty loop x' + LOOP)
  console.log('')
  console.log('ns per call:')
  console.log('  JS -> Lua  f.call(a, b)             ', ns['JS->Lua call (f.call(a, b))'].toFixed(1))
  console.log('  Lua -> JS  (a, b) => a + b          ', per('Lua->JS call loop x' + LOOP).toFixed(1),
    '  (minus empty loop iteration:', (per('Lua->JS call loop x' + LOOP) - emptyNs).toFixed(1) + ')')
  console.log('  Lua -> JS  () => undefined          ', per('Lua->JS noop loop x' + LOOP).toFixed(1))
  console.log('  Lua -> JS  ("a", "b") string concat ', per('Lua->JS string args loop x' + LOOP).toFixed(1))
  console.log('  Lua -> JS  (t) table handle         ', per('Lua->JS table arg loop x' + LOOP).toFixed(1))
  console.log('  Lua -> Lua (reference)              ', loopLuaNs.toFixed(1),
    '  (minus empty loop iteration:', (loopLuaNs - emptyNs).toFixed(1) + ')')
  console.log('  empty loop iteration                ', emptyNs.toFixed(1))
  if (sink === 42) console.log('')
})
suite.run()
