// CLI: the built binary (dist/cli.js) run as a child process against
// lua5.1's recorded behaviour (cases.json -> expected.json, recorded by
// record.mjs with "lua5.1" replaced by "tracelua"), plus the REPL's
// additions (bare expressions) and the LuaJIT-style options.
import { describe, it, expect, beforeAll } from 'vitest'
import { spawnSync, execSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { tmpdir } from 'node:os'

const root = resolve(__dirname, '../..')
const cli = join(root, 'dist/cli.js')
const fixtures = join(__dirname, 'fixtures')

interface Case { name: string; args: string[]; stdin?: string; env?: Record<string, string> }
interface Outcome { stdout: string; stderr: string; status: number | null }

const cases = JSON.parse(readFileSync(join(__dirname, 'cases.json'), 'utf8')) as Case[]
const expected = JSON.parse(readFileSync(join(__dirname, 'expected.json'), 'utf8')) as Record<string, Outcome>

/** Newest modification time of the files under [dir]. */
function newest(dir: string): number {
  let t = 0
  for (const n of readdirSync(dir)) {
    const p = join(dir, n)
    const s = statSync(p)
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs)
  }
  return t
}

/** The environment of a case: no LUA_* variables but the case's. */
function caseEnv(c: { env?: Record<string, string> }): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.LUA_INIT
  delete env.LUA_PATH
  delete env.LUA_CPATH
  return { ...env, ...(c.env ?? {}) }
}

/** Run the built CLI with [args] in [cwd]. */
function run(args: string[], stdin = '', env?: Record<string, string>, cwd = fixtures): Outcome {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, input: stdin, env: caseEnv({ env }) })
  return { stdout: r.stdout.toString('latin1'), stderr: r.stderr.toString('latin1'), status: r.status }
}

/** Replace the version line of lua5.1 or tracelua by a marker. */
function noVersion(s: string): string {
  return s.replace(/^(Lua 5\.1\.5  Copyright.*|tracelua \d+\.\d+\.\d+ .*)$/m, '<version>')
}

beforeAll(() => {
  // Build dist/ when it is missing or older than the sources.
  if (!existsSync(cli) || statSync(cli).mtimeMs < Math.max(newest(join(root, 'src')), newest(join(root, 'soa')))) {
    try {
      execSync('npx tsup', { cwd: root, stdio: 'ignore' })
    } catch (e) {
      // A failing build elsewhere (types of the library entry) still leaves
      // the CLI bundle behind; without one there is nothing to test.
      if (!existsSync(cli)) throw e
    }
  }
}, 300000)

describe('tracelua vs recorded lua5.1', () => {
  it('has at least 20 recorded cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20)
    for (const c of cases) expect(expected[c.name], c.name).toBeDefined()
  })
  for (const c of cases) {
    it(c.name, () => {
      const got = run(c.args, c.stdin ?? '', c.env)
      const want = expected[c.name]
      expect(noVersion(got.stderr)).toBe(noVersion(want.stderr))
      expect(got.stdout).toBe(want.stdout)
      expect(got.status).toBe(want.status)
    })
  }
})

describe('REPL additions', () => {
  it('prints bare expressions (5.3 style) and =expr', () => {
    const got = run(['-i'], 'x = 6\nx * 7\n=x, "s"\nnil\nprint("stmt")\n')
    expect(got.stdout).toBe('> x = 6\n> x * 7\n42\n> =x, "s"\n6\ts\n> nil\nnil\n> print("stmt")\nstmt\n> \n')
    expect(got.status).toBe(0)
  })
  it('a bare call prints its results', () => {
    const got = run(['-i'], 'string.rep("ab", 2)\nmath.max(1, 5)\n')
    expect(got.stdout).toBe('> string.rep("ab", 2)\nabab\n> math.max(1, 5)\n5\n> \n')
  })
  it('reports an error raised by print', () => {
    const got = run(['-i'], '=setmetatable({}, {__tostring = function() return {} end})\n')
    expect(got.stderr).toContain("error calling 'print' (")
  })
})

describe('LuaJIT-style options', () => {
  it('-bl lists bytecode like luajit -bl', () => {
    const got = run(['-bl', 'mod.lua'])
    expect(got.status).toBe(0)
    expect(got.stdout.split('\n')[0]).toBe('-- BYTECODE -- mod.lua:0-4')
    expect(got.stdout).toContain('GGET     0   0      ; "print"')
  })
  it('-b -l -e chunk lists a string chunk', () => {
    const got = run(['-b', '-l', '-e', 'print(1)'])
    expect(got.stdout).toBe('-- BYTECODE -- "print(1)":0-1\n0001    GGET     0   0      ; "print"\n' +
      '0002    KSHORT   2   1\n0003    CALL     0   1   2\n0004    RET0     0   1\n\n')
  })
  it('-bl writes to an output file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tracelua-cli-'))
    const out = join(dir, 'list.txt')
    writeFileSync(join(dir, 'a.lua'), 'return 1\n')
    const got = run(['-bl', 'a.lua', out], '', undefined, dir)
    expect(got.status).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('-- BYTECODE -- a.lua:0-2')
  })
  it('-b without -l is refused', () => {
    const got = run(['-b', 'mod.lua', 'x.out'])
    expect(got.status).toBe(1)
    expect(got.stderr).toContain('only bytecode listings')
  })
  it('-j on/off/flush and -jv/-jdump are accepted', () => {
    const got = run(['-joff', '-e', 'print(jit.status())', '-j', 'on', '-e', 'print(jit.status())', '-jv', '-jdump=im', '-jflush'])
    expect(got.status).toBe(0)
    const lines = got.stdout.split('\n')
    expect(lines[0].split('\t')[0]).toBe('false')
    expect(lines[1].split('\t')[0]).toBe('true')
  })
  it('-j with an unknown command fails like luajit', () => {
    const got = run(['-jfoo', '-e', 'print(1)'])
    expect(got.status).toBe(1)
    expect(got.stderr).toBe('tracelua: unknown luaJIT command or jit.* modules not installed\n')
  })
  it('-O sets optimisation flags; bad flags fail like luajit', () => {
    expect(run(['-O3', '-Ohotloop=10,-fold', '-e', 'print(1)']).stdout).toBe('1\n')
    const bad = run(['-Obad', '-e', 'print(6)'])
    expect(bad.status).toBe(1)
    expect(bad.stderr).toBe("tracelua: unknown or malformed optimization flag 'bad'\n")
  })
})
