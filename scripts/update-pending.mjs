#!/usr/bin/env node
// Rewrite spec/lua-pending.txt with the conformance files that fail now.
// Usage: node scripts/update-pending.mjs   (runs vitest on spec/lua.spec.ts)
import { execSync } from 'node:child_process'
import { writeFileSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
for (const [spec, list, what] of [['spec/lua.spec.ts', 'lua-pending.txt', 'Conformance files'], ['spec/diff.spec.ts', 'diff-pending.txt', 'Differential files']]) {
  const pendingPath = join(root, 'spec', list)
  writeFileSync(pendingPath, '')
  let out = ''
  try {
    out = execSync(`npx vitest run ${spec} --reporter=json`, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] })
  } catch (e) { out = e.stdout }
  const res = JSON.parse(out)
  const failing = new Set()
  for (const f of res.testResults) for (const t of f.assertionResults) if (t.status === 'failed') failing.add(t.title)
  const lines = [`# ${what} that do not pass yet (regenerate: node scripts/update-pending.mjs).`, '# A listed file that passes fails the run, so this list only shrinks.', ...[...failing].sort()]
  writeFileSync(pendingPath, lines.join('\n') + '\n')
  console.log(`${spec}: ${failing.size} pending`)
}
