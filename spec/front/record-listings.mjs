#!/usr/bin/env node
// Record `luajit -bl` listings of spec/front/corpus/*.lua into
// spec/front/listings/<name>.txt (binary-safe: bytes kept as latin1).
// Needs a GC64 LuaJIT 2.1 as `luajit` on PATH (or $LUAJIT). Run it only
// when the corpus changes; the specs compare against the committed files.
import { execFileSync } from 'node:child_process'
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const corpus = join(here, 'corpus')
const out = join(here, 'listings')
const luajit = process.env.LUAJIT || 'luajit'
mkdirSync(out, { recursive: true })
let nfun = 0
for (const f of readdirSync(corpus).filter((n) => n.endsWith('.lua')).sort()) {
  // Chunk name "@<f>": run from the corpus dir with the bare file name.
  const txt = execFileSync(luajit, ['-bl', f], { cwd: corpus }).toString('latin1')
  nfun += txt.split('-- BYTECODE --').length - 1
  writeFileSync(join(out, f.replace(/\.lua$/, '.txt')), Buffer.from(txt, 'latin1'))
}
console.log(`recorded ${nfun} functions`)
