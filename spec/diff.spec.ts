// Differential files: every spec/diff/<area>/<name>.lua runs with chunk name
// "=stdin" and must reproduce <name>.expected, recorded from lua5.1 by
// scripts/record-expected: stdout, then for an uncaught error a line
// "--- exit 1" and the message. Files listed in spec/diff-pending.txt do not
// pass yet; one that starts passing fails the run, so the list only shrinks.
import { describe, it, expect } from 'vitest'
import { readdirSync, readFileSync, statSync, existsSync, mkdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { MODES, runLua, lastExit } from './helpers/run'

const root = resolve(__dirname, '..')
const dir = join(root, 'spec', 'diff')

/** All .lua files under [d] except generator folders. */
function luaFiles(d: string): string[] {
  const out: string[] = []
  for (const n of readdirSync(d).sort()) {
    const p = join(d, n)
    if (statSync(p).isDirectory()) { if (n !== 'gen') out.push(...luaFiles(p)) } else if (n.endsWith('.lua')) out.push(p)
  }
  return out
}

const pendingFile = join(root, 'spec', 'diff-pending.txt')
const pending = new Set(
  existsSync(pendingFile)
    ? readFileSync(pendingFile, 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter((l) => l !== '')
    : [],
)

/** Output in the .expected format for [src]. */
export function diffOutput(src: Buffer, mode: typeof MODES[number]): string {
  const r = runLua(src, '=stdin', mode)
  let out = r.out
  if (r.error !== null) {
    if (out !== '' && !out.endsWith('\n')) out += '\n'
    out += '--- exit ' + (lastExit > 0 ? lastExit : 1) + '\n' + r.error.replace(/\n+$/, '') + '\n' // as recorded: one final newline
  }
  return out
}

process.env.TZ = 'UTC'
mkdirSync(join(root, '.tmp'), { recursive: true }) // io/ programs write scratch files under ./.tmp/
const files = existsSync(dir) ? luaFiles(dir) : []
for (const mode of MODES) {
  describe(`lua5.1 differential [${mode}]`, () => {
    for (const file of files) {
      const rel = relative(dir, file).replace(/\\/g, '/')
      const expFile = file.slice(0, -4) + '.expected'
      if (!existsSync(expFile)) continue
      it(rel, () => {
        const want = readFileSync(expFile, 'latin1')
        const got = diffOutput(readFileSync(file), mode)
        if (pending.has(rel)) expect(got === want, `${rel} passes now: remove it from spec/diff-pending.txt`).toBe(false)
        else expect(got).toBe(want)
      })
    }
  })
}
