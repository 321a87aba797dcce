// Layering: soa <- src <- codegen, and nothing imports spec/ or perf/.
import { describe, it, expect } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, dirname } from 'node:path'

const root = resolve(__dirname, '..')

/** All .ts files under [dir]. */
function tsFiles(dir: string): string[] {
  const out: string[] = []
  let names: string[] = []
  try { names = readdirSync(dir) } catch { return out }
  for (let i = 0; i < names.length; i++) {
    const p = join(dir, names[i])
    if (statSync(p).isDirectory()) out.push(...tsFiles(p))
    else if (p.endsWith('.ts')) out.push(p)
  }
  return out
}

/** Top-level folder of each relative import in [file]. */
function importTargets(file: string): string[] {
  const src = readFileSync(file, 'utf8')
  const re = /(?:from\s+|import\s*\(\s*|import\s+)['"](\.[^'"]+)['"]/g
  const out: string[] = []
  let m: RegExpExecArray | null
  while ((m = re.exec(src)) !== null) {
    out.push(relative(root, resolve(dirname(file), m[1])).replace(/\\/g, '/'))
  }
  return out
}

describe('layering', () => {
  it('soa/ imports nothing outside soa/', () => {
    for (const f of tsFiles(join(root, 'soa'))) {
      for (const t of importTargets(f)) expect(t.startsWith('soa/'), `${relative(root, f)} -> ${t}`).toBe(true)
    }
  })
  it('src/ reaches codegen/ only through the backend interface', () => {
    for (const f of tsFiles(join(root, 'src'))) {
      for (const t of importTargets(f)) {
        if (t.startsWith('codegen/')) expect(t, relative(root, f)).toBe('codegen/backend')
      }
    }
  })
  it('nothing in soa/, src/, codegen/ imports spec/ or perf/', () => {
    for (const dir of ['soa', 'src', 'codegen']) {
      for (const f of tsFiles(join(root, dir))) {
        for (const t of importTargets(f)) {
          expect(t.startsWith('spec/') || t.startsWith('perf/'), `${relative(root, f)} -> ${t}`).toBe(false)
        }
      }
    }
  })
})
