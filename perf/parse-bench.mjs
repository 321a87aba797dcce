#!/usr/bin/env node
// Front-end throughput: compile a generated ~5 MB Lua source.
// Bundles src/front with esbuild (a tsup dependency) into a temp file, so
// it measures bundled code as shipped, then times compile() best-of-N.
//   node perf/parse-bench.mjs [megabytes=5] [runs=5]
import { build } from 'esbuild'
import { mkdtempSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { tmpdir } from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const mb = Number(process.argv[2] || 5)
const runs = Number(process.argv[3] || 5)

/** A generated source of about [bytes] bytes, mixing every common form. */
export function genSource(bytes) {
  const parts = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const s = `
do local function f${i}(a, b, ...)
  local t = { x = ${i}, y = "s${i}", ${i % 7}, a, b, [a] = b }
  for j = 1, #t do t[j] = t[j] * 2 + ${i}.5 - a / 3 end
  for k, v in pairs(t) do if k == "x" and v > ${i} or not b then t.z = v .. "!" end end
  while a < b do a = a + 1; if a % 3 == 0 then break end end
  repeat b = b - 1 until b <= 0
  local g = function(c, ...) return a + c, t:method(c, "str\\n", ...) end
  return g(${i}), select("#", ...), string.format("%d", a)
end
M[${i}] = f${i} end
`
    parts.push(s)
    size += s.length
  }
  return 'local M = {}\n' + parts.join('') + 'return M\n'
}

const out = join(mkdtempSync(join(tmpdir(), 'tracelua-bench-')), 'front.mjs')
await build({
  entryPoints: [join(root, 'src/front/parse.ts')], bundle: true, format: 'esm',
  platform: 'node', outfile: out, logLevel: 'warning',
})
const { compile } = await import(pathToFileURL(out).href)
const src = Buffer.from(genSource(mb * 1024 * 1024), 'latin1')
// Wall time is what users see; CPU time (all threads, incl. GC and JIT
// compilation) is reported too because it is stable on a loaded machine.
let best = Infinity
let bestCpu = Infinity
for (let r = 0; r < runs; r++) {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const p = compile(src, '@bench.lua')
  const dt = performance.now() - t0
  const cu = process.cpuUsage(c0)
  const cpu = (cu.user + cu.system) / 1000
  console.log(`run ${r}: ${dt.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms cpu` +
    (r === 0 ? ` (first run; ${p.kgc.length} functions)` : ''))
  if (dt < best) best = dt
  if (cpu < bestCpu) bestCpu = cpu
}
const mbs = src.length / 1048576
console.log(`compile ${mbs.toFixed(2)} MB: best ${best.toFixed(0)} ms wall ` +
  `(${(mbs / (best / 1000)).toFixed(1)} MB/s), best ${bestCpu.toFixed(0)} ms cpu`)
