#!/usr/bin/env node
// Bundle perf/micro-heap.ts with esbuild (enum inlining as in the shipped
// build) and run it: node perf/micro-heap.mjs
import { build } from 'esbuild'
import { tmpdir } from 'node:os'
import { join, dirname } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const out = join(tmpdir(), `tracelua-micro-heap-${process.pid}.mjs`)
await build({
  entryPoints: [join(here, 'micro-heap.ts')], bundle: true, platform: 'node',
  format: 'esm', target: 'node20', outfile: out, logLevel: 'warning',
})
await import(pathToFileURL(out).href)
