#!/usr/bin/env node
// Record the CLI cases (cases.json) from lua5.1: stdout, stderr and exit
// status of each, with the program name "lua5.1" replaced by "tracelua",
// into expected.json. Run from anywhere: node spec/cli/record.mjs
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const cases = JSON.parse(readFileSync(join(here, 'cases.json'), 'utf8'))

/** The environment of a case: no LUA_* variables but the case's. */
export function caseEnv(c) {
  const env = { ...process.env }
  delete env.LUA_INIT
  delete env.LUA_PATH
  delete env.LUA_CPATH
  return { ...env, ...(c.env ?? {}) }
}

const out = {}
for (const c of cases) {
  const r = spawnSync('lua5.1', c.args, {
    cwd: join(here, 'fixtures'), input: c.stdin ?? '', env: caseEnv(c),
  })
  const fix = (b) => b.toString('latin1').replace(/lua5\.1/g, 'tracelua')
  out[c.name] = { stdout: fix(r.stdout), stderr: fix(r.stderr), status: r.status }
}
writeFileSync(join(here, 'expected.json'), JSON.stringify(out, null, 2) + '\n')
console.log('recorded', Object.keys(out).length, 'cases')
