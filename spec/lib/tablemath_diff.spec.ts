// Differential corpus for the table, math and bit libraries: every
// spec/diff/{table,math,bit}/*.lua runs as chunk "=stdin" and its output
// must equal the .expected file recorded from lua5.1 (format: see the top
// of scripts/record-expected; bit programs ran with lua-bitop).
//
// Programs in KNOWN fail for reasons outside these libraries; one that
// starts passing fails the run, so the list only shrinks.
import { describe, it, expect } from 'vitest'
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runLua } from '../helpers/run'

const root = resolve(__dirname, '..', 'diff')
const AREAS = ['table', 'math', 'bit']

/** Known failures: program -> what has to change elsewhere. */
const KNOWN: Record<string, string> = {
}

/** The output in .expected form: stdout, then "--- exit 1" and the message. */
function runExpectedForm(src: Buffer): string {
  const r = runLua(src, '=stdin')
  let out = r.out
  if (r.error !== null) {
    if (out !== '' && !out.endsWith('\n')) out += '\n'
    out += '--- exit 1\n' + r.error + '\n'
  }
  return out
}

for (const area of AREAS) {
  const dir = join(root, area)
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.lua')).sort() : []
  describe(`diff ${area}`, () => {
    for (const f of files) {
      const rel = area + '/' + f
      it(rel, () => {
        const src = readFileSync(join(dir, f))
        const want = readFileSync(join(dir, f.replace(/\.lua$/, '.expected')), 'latin1')
        const got = runExpectedForm(src)
        if (rel in KNOWN) {
          expect(got === want, `${rel} passes now: remove it from KNOWN`).toBe(false)
        } else expect(got).toBe(want)
      })
    }
  })
}
