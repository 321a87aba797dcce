// Micro benchmarks of the SoA heap (src/rt), each beside the same work done
// with plain JS objects / Maps. Run: node perf/micro-heap.mjs (bundles this
// file with esbuild first, so enums inline as in the shipped build).
import {
  heapNew, tabNew, tabSetInt, tabGetInt, tabSetStr, tabGetStr, strFromJS, strIntern,
  sbReset, sbPutStr, sbToStr, gcCollect, picLookupStr, picGrow, arenaAlloc, arenaFree, arenaSize,
} from '../src/rt/heap'
import type { Heap } from '../src/rt/heap'
import { TAG_TAB } from '../soa/value'

let sink = 0

/** Best-of-[reps] ns per op of [fn] doing [n] ops. */
function bench(name: string, n: number, fn: () => void, reps = 5): number {
  let best = Infinity
  for (let r = 0; r < reps; r++) {
    const t0 = process.hrtime.bigint()
    fn()
    const dt = Number(process.hrtime.bigint() - t0)
    if (dt < best) best = dt
  }
  const ns = best / n
  console.log(`${name.padEnd(48)} ${ns.toFixed(2).padStart(9)} ns/op`)
  return ns
}

const N = 1_000_000

// -- Integer keys ----------------------------------------------------------------
{
  const H = heapNew()
  const t = tabNew(H, 0, 0)
  bench('tab set int (append 1M, incl. growth)', N, () => {
    const tt = tabNew(H, 0, 0)
    for (let i = 1; i <= N; i++) H.vF[tabSetInt(H, tt, i)] = i
  })
  for (let i = 1; i <= N; i++) H.vF[tabSetInt(H, t, i)] = i
  bench('tab get int (array part)', N, () => {
    let s = 0
    for (let i = 1; i <= N; i++) s += H.vF[tabGetInt(H, t, i)]
    sink += s
  })
  bench('  JS array push', N, () => {
    const a: number[] = []
    for (let i = 1; i <= N; i++) a.push(i)
    sink += a.length
  })
  const a: number[] = []
  for (let i = 1; i <= N; i++) a.push(i)
  bench('  JS array get', N, () => {
    let s = 0
    for (let i = 0; i < N; i++) s += a[i]
    sink += s
  })
  bench('  JS Map set int', N, () => {
    const m = new Map<number, number>()
    for (let i = 1; i <= N; i++) m.set(i, i)
    sink += m.size
  })
}

// -- String keys -----------------------------------------------------------------
{
  const H = heapNew()
  const names = ['x', 'y', 'z', 'w', 'vx', 'vy', 'vz', 'mass']
  const ids = names.map((s) => strFromJS(H, s))
  const t = tabNew(H, 0, 0)
  for (let i = 0; i < ids.length; i++) H.vF[tabSetStr(H, t, ids[i])] = i
  bench('tab get str (shape, 8 fields, slow path)', N, () => {
    let s = 0
    for (let i = 0; i < N; i++) s += H.vF[tabGetStr(H, t, ids[i & 7])]
    sink += s
  })
  bench('tab set str (shape, existing field)', N, () => {
    for (let i = 0; i < N; i++) H.vF[tabSetStr(H, t, ids[i & 7])] = i
  })
  picGrow(H, 16)
  bench('PIC field load (inline hit, 8 sites)', N, () => {
    let s = 0
    for (let i = 0; i < N; i++) {
      const site = i & 7, q = site * 4, sh = H.tabShape[t]
      const slot = sh !== 0 && H.picShape[q] === sh
        ? H.tabFields[t] + H.picSlot[q] : picLookupStr(H, site, t, ids[site])
      s += H.vF[slot]
    }
    sink += s
  })
  const o: Record<string, number> = {}
  for (let i = 0; i < names.length; i++) o[names[i]] = i
  bench('  JS object get (dynamic key)', N, () => {
    let s = 0
    for (let i = 0; i < N; i++) s += o[names[i & 7]]
    sink += s
  })
  const d = tabNew(H, 0, 0)
  const many: number[] = []
  for (let i = 0; i < 1000; i++) many.push(strFromJS(H, 'key' + i))
  for (let i = 0; i < 1000; i++) H.vF[tabSetStr(H, d, many[i])] = i
  bench('tab get str (dict, 1000 keys)', N, () => {
    let s = 0
    for (let i = 0; i < N; i++) s += H.vF[tabGetStr(H, d, many[i % 1000])]
    sink += s
  })
  const m = new Map<string, number>()
  const jsNames: string[] = []
  for (let i = 0; i < 1000; i++) { jsNames.push('key' + i); m.set('key' + i, i) }
  bench('  JS Map get str (1000 keys)', N, () => {
    let s = 0
    for (let i = 0; i < N; i++) s += m.get(jsNames[i % 1000]) as number
    sink += s
  })
}

// -- Strings ---------------------------------------------------------------------
{
  const H = heapNew()
  const bytes = new TextEncoder().encode('some_identifier_name_0123456789')
  strIntern(H, bytes, 0, 16)
  bench('strIntern hit (16 bytes)', N, () => {
    let s = 0
    for (let i = 0; i < N; i++) s += strIntern(H, bytes, i & 15, 16)
    sink += s
  })
  bench('strFromJS new strings (1M distinct)', N, () => {
    const HH = heapNew()
    let s = 0
    for (let i = 0; i < N; i++) s += strFromJS(HH, 'str' + i)
    sink += s
  }, 3)
  bench('  JS Map intern (1M distinct)', N, () => {
    const m = new Map<string, number>()
    for (let i = 0; i < N; i++) m.set('str' + i, i)
    sink += m.size
  }, 3)
  const a = strFromJS(H, 'hello '), b = strFromJS(H, 'world')
  const parts: number[] = []
  for (let i = 0; i < 100; i++) parts.push(strFromJS(H, 'p' + i))
  bench('concat a..b (builder + intern, 100 results)', N, () => {
    let s = 0
    for (let i = 0; i < N; i++) {
      sbReset(H)
      sbPutStr(H, a)
      sbPutStr(H, parts[i % 100])
      s += sbToStr(H)
    }
    sink += s
  })
  bench('concat a..b (builder + intern, all new)', N / 4, () => {
    let s = 0
    for (let i = 0; i < N / 4; i++) {
      sbReset(H)
      sbPutStr(H, a)
      sbPutStr(H, b)
      sbPutStr(H, parts[i % 100])
      sbPutStr(H, parts[(i >> 7) % 100])
      sbPutStr(H, parts[(i >> 14) % 100])
      s += sbToStr(H)
    }
    sink += s
  }, 3)
  const js = ['hello ', 'world']
  bench('  JS string a + b (flattened)', N, () => {
    let s = 0
    for (let i = 0; i < N; i++) { const c = js[0] + js[i & 1] + i; s += c.charCodeAt(c.length - 1) }
    sink += s
  })
}

// -- Arena -------------------------------------------------------------------------
{
  const H = heapNew()
  const sizes = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64]
  const live = new Int32Array(1024), lsz = new Int32Array(1024)
  bench('arenaAlloc + arenaFree (mixed 1..64 slots)', N, () => {
    for (let i = 0; i < N; i++) {
      const j = i & 1023
      if (live[j] !== 0) arenaFree(H, live[j], lsz[j])
      const n = sizes[(i * 7) % 12]
      live[j] = arenaAlloc(H, n)
      lsz[j] = n
    }
  })
  let req = 0, got = 0
  for (let n = 1; n <= 4096; n++) { req += n; got += arenaSize(n) }
  console.log(`${'arena size-class overhead, n = 1..4096'.padEnd(48)} ${(100 * (got / req - 1)).toFixed(1).padStart(9)} %`)
}

// -- Allocation and GC -------------------------------------------------------------
{
  let H: Heap = heapNew()
  bench('alloc 1M tables {x=i, y=i}', N, () => {
    H = heapNew()
    const x = strFromJS(H, 'x'), y = strFromJS(H, 'y')
    const root = tabNew(H, N, 0)
    for (let i = 1; i <= N; i++) {
      const t = tabNew(H, 0, 2)
      H.vF[tabSetStr(H, t, x)] = i
      H.vF[tabSetStr(H, t, y)] = i
      const s = tabSetInt(H, root, i)
      H.vU[2 * s] = t
      H.vU[2 * s + 1] = TAG_TAB
    }
    const g = tabSetStr(H, H.globals, strFromJS(H, 'root'))
    H.vU[2 * g] = root
    H.vU[2 * g + 1] = TAG_TAB
  }, 3)
  bench('  JS alloc 1M objects {x, y}', N, () => {
    const a: { x: number; y: number }[] = []
    for (let i = 1; i <= N; i++) a.push({ x: i, y: i })
    sink += a.length
  }, 3)
  let first = 0, best = Infinity
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now()
    gcCollect(H)
    const ms = performance.now() - t0
    if (r === 0) first = ms
    if (ms < best) best = ms
  }
  const mb = (H.gcBytes / 1048576).toFixed(1), am = (8 * H.vCap / 1048576).toFixed(0)
  console.log(`${'full GC, 1M live tables (best of 5)'.padEnd(48)} ${best.toFixed(1).padStart(9)} ms` +
    `   first ${first.toFixed(0)} ms, heap ${mb} MB (gcBytes), arena ${am} MB`)
  const g = tabSetStr(H, H.globals, strFromJS(H, 'root'))
  H.vU[2 * g + 1] = 0xffffffff
  const t1 = performance.now()
  gcCollect(H)
  console.log(`${'full GC, 1M dead tables'.padEnd(48)} ${(performance.now() - t1).toFixed(1).padStart(9)} ms   heap ${(H.gcBytes / 1024).toFixed(1)} KB after`)
}
if (sink === 42) console.log('')
