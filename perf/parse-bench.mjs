#!/usr/bin/env node
// Front-end throughput: parse + load a generated ~5 MB Lua source.
//
// What is timed is what a user pays for `load(src)`: compile() (source to
// ProtoOut) plus protoLoad() (ProtoOut into the heap: bytecode, constants,
// interned strings, template tables). The code under test is bundled with
// esbuild the way tsup ships it (one bundle, enums inlined, minifySyntax),
// into a temp file that every run imports.
//
// Each run is a FRESH process, so the first compile is cold: V8 starts in
// its interpreter and tiers the parser up while it runs. That cold number
// is the one a user loading a big file sees; the warm numbers (the same
// process compiling again, fully optimised) are shown next to it. Times are
// CPU (user+sys of the whole process during the timed region, so GC and
// JIT compiler threads count), which is stable on a loaded machine; wall
// time is shown too.
//
//   node perf/parse-bench.mjs [megabytes=5] [runs=5] [--warm N] [--save F]
//   node perf/parse-bench.mjs --child BUNDLE MB WARM [SAVE]   (one run)
//
// --save F writes the generated source to F (to check it with luac -p).
//
// The generated source is a seeded mix of what real Lua code is made of:
// module functions with parameters, locals, nested closures capturing
// upvalues, every loop form, if/elseif/else chains, arithmetic and logic
// with precedence, comparisons, concatenation, method calls, field access
// chains, table constructors (array, record, mixed, nested), quoted
// strings with escapes, long strings, comments, numerals (integer, float,
// exponent, hex), OOP-style classes, and data tables. Identifiers come from
// a vocabulary large enough that name interning is exercised.
import { build } from 'esbuild'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { tmpdir } from 'node:os'
import { spawnSync } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

// -- Source generator ---------------------------------------------------------

/** Deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0
  return function next(n) {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (((t ^ (t >>> 14)) >>> 0) % n)
  }
}

const WORDS = ('count index value result item node list buf size len name key ' +
  'data table entry config state parent child left right first last total ' +
  'offset width height color pos vel acc speed angle scale min max sum avg ' +
  'acc delta step limit depth level score player enemy target source dest ' +
  'path file line col token kind flags mode opts args self_ ctx env cache ' +
  'queue stack heap tree graph edge vertex weight cost dist visited seen ' +
  'frame tick timer event handler callback listener message text label ' +
  'prefix suffix pattern format str num tmp ok err res ret out inp').split(' ')

/** A generated Lua 5.1 source of about [bytes] bytes (seeded: same output
 *  for the same size). */
export function genSource(bytes, seed = 12345) {
  const R = rng(seed)
  const pick = (a) => a[R(a.length)]
  let uid = 0
  const ident = () => {
    const w = pick(WORDS)
    const r = R(4)
    return r === 0 ? w : r === 1 ? w + R(10) : r === 2 ? w + '_' + pick(WORDS) : w
  }
  const num = () => {
    switch (R(8)) {
      case 0: return String(R(10))
      case 1: return String(R(1000))
      case 2: return (R(10000) / 100).toString()
      case 3: return R(100) + 'e' + R(5)
      case 4: return '0x' + R(65536).toString(16)
      case 5: return '0.' + R(1000)
      case 6: return String(R(100000))
      default: return String(1 + R(3))
    }
  }
  const ESC = ['\\n', '\\t', '\\"', "\\'", '\\\\', '\\65', '\\0', '\\255']
  const str = () => {
    let s = ''
    const n = 1 + R(4)
    for (let i = 0; i < n; i++) {
      s += i > 0 ? (R(3) === 0 ? pick(ESC) : ' ') + pick(WORDS) : pick(WORDS)
    }
    return R(2) === 0 ? '"' + s + '"' : "'" + s + "'"
  }
  // Expressions over the names in scope [vs].
  const atom = (vs) => {
    switch (R(10)) {
      case 0: case 1: case 2: return pick(vs)
      case 3: return num()
      case 4: return str()
      case 5: return pick(vs) + '.' + pick(WORDS)
      case 6: return pick(vs) + '[' + pick(vs) + ']'
      case 7: return '#' + pick(vs)
      case 8: return pick(['nil', 'true', 'false'])
      default: return pick(vs) + '(' + pick(vs) + ')'
    }
  }
  const ARITH = [' + ', ' - ', ' * ', ' / ', ' % ', ' ^ ', ' .. ']
  const CMP = [' == ', ' ~= ', ' < ', ' <= ', ' > ', ' >= ']
  const exp = (vs, d) => {
    if (d <= 0) return atom(vs)
    switch (R(9)) {
      case 0: case 1: return exp(vs, d - 1) + pick(ARITH) + exp(vs, d - 1)
      case 2: return '(' + exp(vs, d - 1) + pick(ARITH) + atom(vs) + ')'
      case 3: return exp(vs, d - 1) + pick(CMP) + atom(vs)
      case 4: return atom(vs) + pick([' and ', ' or ']) + exp(vs, d - 1)
      case 5: return 'not ' + atom(vs)
      case 6: return '-' + atom(vs)
      case 7: return pick(vs) + ':' + pick(WORDS) + '(' + exp(vs, d - 1) + ', ' + atom(vs) + ')'
      default: return atom(vs)
    }
  }
  const tcons = (vs, d) => {
    const n = R(6)
    const parts = []
    for (let i = 0; i < n; i++) {
      switch (R(5)) {
        case 0: parts.push(num()); break
        case 1: parts.push(str()); break
        case 2: parts.push(pick(WORDS) + ' = ' + (d > 0 && R(3) === 0 ? tcons(vs, d - 1) : atom(vs))); break
        case 3: parts.push('[' + str() + '] = ' + exp(vs, 1)); break
        default: parts.push(exp(vs, 1))
      }
    }
    return '{ ' + parts.join(', ') + ' }'
  }
  // Statements; [vs] names in scope, [ind] indentation, [d] nesting budget.
  const block = (vs, ind, d, n) => {
    const out = []
    vs = vs.slice()
    for (let i = 0; i < n; i++) {
      const r = R(d > 0 ? 16 : 8)
      switch (r) {
        case 0: case 1: {
          const v = ident()
          out.push(ind + 'local ' + v + ' = ' + exp(vs, 2))
          vs.push(v)
          break
        }
        case 2: out.push(ind + pick(vs) + ' = ' + exp(vs, 2)); break
        case 3: out.push(ind + pick(vs) + '.' + pick(WORDS) + ' = ' + exp(vs, 1)); break
        case 4: out.push(ind + pick(vs) + ':' + pick(WORDS) + '(' + atom(vs) + ', ' + str() + ')'); break
        case 5: out.push(ind + 'local ' + ident() + ' = ' + tcons(vs, 1)); break
        case 6: out.push(ind + '-- ' + pick(WORDS) + ' ' + pick(WORDS) + ' ' + pick(WORDS)); break
        case 7: out.push(ind + pick(['print', 'assert', 'table.insert', 'string.format']) + '(' + exp(vs, 1) + ', ' + atom(vs) + ')'); break
        case 8: case 9: {
          let s = ind + 'if ' + exp(vs, 2) + ' then\n' + block(vs, ind + '  ', d - 1, 1 + R(3))
          if (R(2) === 0) s += ind + 'elseif ' + exp(vs, 1) + ' then\n' + block(vs, ind + '  ', d - 1, 1 + R(2))
          if (R(2) === 0) s += ind + 'else\n' + block(vs, ind + '  ', d - 1, 1 + R(2))
          out.push(s + ind + 'end')
          break
        }
        case 10: {
          const v = pick(['i', 'j', 'k', 'n'])
          out.push(ind + 'for ' + v + ' = ' + num() + ', ' + atom(vs) + (R(2) ? ', ' + num() : '') + ' do\n' +
            block(vs.concat([v]), ind + '  ', d - 1, 1 + R(3)) + ind + 'end')
          break
        }
        case 11: {
          out.push(ind + 'for k, v in ' + pick(['pairs', 'ipairs', 'next, ']) + (R(2) ? '(' + pick(vs) + ')' : pick(vs)) + ' do\n' +
            block(vs.concat(['k', 'v']), ind + '  ', d - 1, 1 + R(3)) + ind + 'end')
          break
        }
        case 12:
          out.push(ind + 'while ' + exp(vs, 1) + ' do\n' + block(vs, ind + '  ', d - 1, 1 + R(3)) +
            ind + '  if ' + atom(vs) + ' then break end\n' + ind + 'end')
          break
        case 13:
          out.push(ind + 'repeat\n' + block(vs, ind + '  ', d - 1, 1 + R(3)) + ind + 'until ' + exp(vs, 1))
          break
        case 14: {
          const f = ident()
          const ps = [ident(), ident()]
          out.push(ind + 'local function ' + f + '(' + ps.join(', ') + ')\n' +
            block(vs.concat(ps), ind + '  ', d - 1, 2 + R(4)) + ind + '  return ' + exp(vs.concat(ps), 1) + '\n' + ind + 'end')
          vs.push(f)
          break
        }
        default: {
          const ps = [ident()]
          out.push(ind + pick(vs) + '.' + pick(WORDS) + ' = function(' + ps[0] + ', ...)\n' +
            block(vs.concat(ps), ind + '  ', d - 1, 1 + R(3)) + ind + '  return ' + atom(vs) + ', ...\n' + ind + 'end')
        }
      }
    }
    return out.join('\n') + '\n'
  }
  const parts = ['-- generated benchmark source\nlocal M = {}\nlocal string, table, pairs, ipairs = string, table, pairs, ipairs\n']
  let size = parts[0].length
  while (size < bytes) {
    let s
    const u = uid++
    switch (R(6)) {
      case 0: { // data table
        const rows = []
        const n = 3 + R(8)
        for (let i = 0; i < n; i++) {
          rows.push('  { id = ' + R(100000) + ', name = ' + str() + ', w = ' + num() + ', tags = { ' +
            str() + ', ' + str() + ' }, on = ' + pick(['true', 'false']) + ' },')
        }
        s = 'M.data' + u + ' = {\n' + rows.join('\n') + '\n}\n'
        break
      }
      case 1: { // class
        const C = 'Class' + u
        s = 'do\nlocal ' + C + ' = {}\n' + C + '.__index = ' + C + '\n' +
          'function ' + C + '.new(a, b)\n  local self = setmetatable({}, ' + C + ')\n  self.a = a or 0\n  self.b = b or ' + str() + '\n  return self\nend\n' +
          'function ' + C + ':' + pick(WORDS) + '(x, y)\n' + block(['self', 'x', 'y', 'M'], '  ', 2, 3 + R(5)) + '  return self.a + x\nend\n' +
          'function ' + C + ':' + pick(WORDS) + '(...)\n  local n = select("#", ...)\n' + block(['self', 'n', 'M'], '  ', 2, 2 + R(4)) + '  return n\nend\n' +
          'M.' + C + ' = ' + C + '\nend\n'
        break
      }
      case 2: // long string and block comment
        s = '--[[ ' + pick(WORDS) + '\n  ' + pick(WORDS) + ' ' + pick(WORDS) + '\n]]\n' +
          'M.doc' + u + ' = [==[\n' + pick(WORDS) + ' [[' + pick(WORDS) + ']] ' + pick(WORDS) + '\n]==]\n'
        break
      default: { // module function with nested code
        const ps = [ident(), ident(), ident()]
        s = 'function M.fn' + u + '(' + ps.join(', ') + ')\n' +
          block(ps.concat(['M', 'string', 'table']), '  ', 3, 4 + R(8)) + '  return ' + exp(ps, 2) + '\nend\n'
      }
    }
    parts.push(s)
    size += s.length
  }
  parts.push('return M\n')
  return parts.join('')
}

// -- One run (child process) --------------------------------------------------

/** CPU milliseconds since [c0] (process.cpuUsage). */
function cpuMs(c0) {
  const c = process.cpuUsage(c0)
  return (c.user + c.system) / 1000
}

async function child(bundle, mb, warm, save) {
  const { compile, protoLoad, heapNew } = await import(pathToFileURL(bundle).href)
  const text = genSource(mb * 1024 * 1024)
  if (save) writeFileSync(save, text, 'latin1')
  const src = Buffer.from(text, 'latin1')
  const res = { bytes: src.length, protos: 0, cold: null, warm: [] }
  for (let r = 0; r <= warm; r++) {
    const H = heapNew()
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    const p = compile(src, '@bench.lua')
    const cParse = cpuMs(c0)
    const c1 = process.cpuUsage()
    protoLoad(H, p)
    const cLoad = cpuMs(c1)
    const wall = performance.now() - t0
    const m = { cpu: cParse + cLoad, parse: cParse, load: cLoad, wall }
    if (r === 0) { res.cold = m; res.protos = H.ptTop - 1 } else res.warm.push(m)
  }
  process.stdout.write(JSON.stringify(res) + '\n')
}

// -- Driver -------------------------------------------------------------------

/** Bundle compile + protoLoad + heapNew as tsup ships them; returns the path. */
async function bundle() {
  const out = join(mkdtempSync(join(tmpdir(), 'tracelua-bench-')), 'front.mjs')
  await build({
    stdin: {
      contents: "export { compile } from './src/front/parse'\n" +
        "export { protoLoad } from './src/rt/proto'\n" +
        "export { heapNew } from './src/rt/heap'\n",
      resolveDir: root, loader: 'ts',
    },
    bundle: true, format: 'esm', platform: 'node', target: 'node20',
    minifySyntax: true, outfile: out, logLevel: 'warning',
  })
  return out
}

const fmt = (x) => x.toFixed(0).padStart(5)

async function main() {
  const args = process.argv.slice(2)
  if (args[0] === '--child') {
    await child(args[1], Number(args[2]), Number(args[3]), args[4])
    return
  }
  let warm = 3
  let save = ''
  const pos = []
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--warm') warm = Number(args[++i])
    else if (args[i] === '--save') save = args[++i]
    else pos.push(args[i])
  }
  const mb = Number(pos[0] || 5)
  const runs = Number(pos[1] || 5)
  const file = await bundle()
  const cold = []
  const warmCpu = []
  let info = null
  for (let r = 0; r < runs; r++) {
    const argv = [fileURLToPath(import.meta.url), '--child', file, String(mb), String(warm)]
    if (save && r === 0) argv.push(save)
    const p = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 24 })
    if (p.status !== 0) {
      process.stderr.write(p.stderr)
      process.exit(1)
    }
    const res = JSON.parse(p.stdout.trim().split('\n').pop())
    info = res
    const c = res.cold
    let w = Infinity
    for (const m of res.warm) if (m.cpu < w) w = m.cpu
    cold.push(c.cpu)
    if (warm > 0) warmCpu.push(w)
    console.log(`run ${r}: cold ${fmt(c.cpu)} ms cpu (parse ${fmt(c.parse)}, load ${fmt(c.load)}; ` +
      `${fmt(c.wall)} ms wall)` + (warm > 0 ? `, warm best ${fmt(w)} ms cpu` : ''))
  }
  const mbs = info.bytes / 1048576
  const min = (a) => a.reduce((x, y) => (y < x ? y : x), Infinity)
  const med = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1]
  console.log(`parse+load ${mbs.toFixed(2)} MB (${info.protos} protos), ${runs} fresh processes: ` +
    `cold min ${min(cold).toFixed(0)} ms cpu, median ${med(cold).toFixed(0)} ms cpu` +
    (warm > 0 ? `; warm min ${min(warmCpu).toFixed(0)} ms cpu` : ''))
}

await main()
