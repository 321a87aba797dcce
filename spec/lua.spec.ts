// Lua conformance files: every spec/lua/**/*.lua is one test per mode.
// Expectations are comments: `-- expect: <line>` (stdout lines in order) and
// `-- expect error: <text>` (the run must end with an uncaught error whose
// message contains the text). Files listed in spec/lua-pending.txt are not
// expected to pass yet; one that starts passing fails the run, so the list
// only shrinks.
import { describe, it, expect } from 'vitest'
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { MODES, runLua } from './helpers/run'

const root = resolve(__dirname, '..')
const dir = join(root, 'spec', 'lua')

/** All .lua files under [d]. */
function luaFiles(d: string): string[] {
  const out: string[] = []
  for (const n of readdirSync(d).sort()) {
    const p = join(d, n)
    if (statSync(p).isDirectory()) out.push(...luaFiles(p))
    else if (n.endsWith('.lua')) out.push(p)
  }
  return out
}

/** Expected stdout lines and error text from the file's comments. */
function expectations(src: string): { lines: string[]; error: string | null } {
  const lines: string[] = []
  let error: string | null = null
  for (const line of src.split('\n')) {
    const e = /--\s?expect error: (.*)$/.exec(line)
    if (e) { error = e[1]; continue }
    const m = /--\s?expect:(?: (.*))?$/.exec(line)
    if (m) lines.push(m[1] ?? '')
  }
  return { lines, error }
}

const pendingFile = join(root, 'spec', 'lua-pending.txt')
const pending = new Set(
  existsSync(pendingFile)
    ? readFileSync(pendingFile, 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter((l) => l !== '')
    : [],
)

/** Did the run match the file's expectations? Returns a mismatch text or null. */
function check(file: string, mode: typeof MODES[number] | 'gcstress'): string | null {
  const src = readFileSync(file)
  const rel = relative(root, file).replace(/\\/g, '/')
  const exp = expectations(src.toString('latin1'))
  const r = runLua(src, '@' + rel, mode)
  const got = r.out.split('\n')
  if (got[got.length - 1] === '') got.pop()
  const outOk = JSON.stringify(got) === JSON.stringify(exp.lines)
  const errOk = exp.error === null ? r.error === null : r.error !== null && r.error.includes(exp.error)
  if (outOk && errOk) return null
  return `stdout ${JSON.stringify(got)}\nwanted ${JSON.stringify(exp.lines)}\nerror ${r.error}\nwanted ${exp.error}`
}

const files = luaFiles(dir).filter((f) => !f.includes('/luajit/') || true)
for (const mode of MODES) {
  describe(`lua conformance [${mode}]`, () => {
    for (const file of files) {
      const rel = relative(dir, file).replace(/\\/g, '/')
      it(rel, () => {
        const res = check(file, mode)
        if (pending.has(rel)) expect(res, `${rel} passes now: remove it from spec/lua-pending.txt`).not.toBeNull()
        else expect(res).toBeNull()
      })
    }
  })
}

// GC stress: every safe point runs a full collection. Deep-recursion files
// are skipped (a full mark of a huge stack per call is quadratic).
describe('lua conformance [gcstress]', () => {
  for (const file of files) {
    const rel = relative(dir, file).replace(/\\/g, '/')
    if (rel.startsWith('stack/') || pending.has(rel)) continue
    it(rel, () => { expect(check(file, 'gcstress')).toBeNull() })
  }
})
