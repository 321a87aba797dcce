#!/usr/bin/env node
// Record lua5.1's compile error messages for malformed programs into
// spec/front/errors.expected.json: [{ src, name, msg }], src and msg as
// latin1 strings (one char per byte). name null means loadstring's default
// chunk name (the source itself). Needs `lua5.1` on PATH (or $LUA51).
import { execFileSync } from 'node:child_process'
import { writeFileSync, mkdtempSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { tmpdir } from 'node:os'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const lua = process.env.LUA51 || 'lua5.1'

/** A chain of [n] copies of [s]. */
const rep = (s, n) => s.repeat(n)

// [source, chunk name or null]
const cases = [
  // Lexical errors.
  ["x = 'abc", null],
  ['x = "abc\ny"', null],
  ['x = "abc\r\ny"', null],
  ['x = 3..2', null],
  ['x = 1e', null],
  ['x = 1e+', null],
  ['x = 0x', null],
  ['x = 0x.8', null],
  ['x = 1.2.3', null],
  ['x = 0x1p-2', null],
  ['x = 12abc', null],
  ['x = [[ a [[ b ]]', null],
  ['--[[ a [[ b ]]', null],
  ['x = [==[ abc', null],
  ['x = [==[ abc ]=]', null],
  ['--[[ abc', null],
  ['--[=[ abc ]]', null],
  ["x = '\\300'", null],
  ['x = "\\256"', null],
  ['x = "a\\t\\999"', null],
  ['x = [=', null],
  ['x = [==x', null],
  ['x = 3 @', null],
  ['x = \x01', null],
  ['x = \x7f', null],
  ['x = \xe9t\xe9', null],
  ['x = $', null],
  // Syntax errors.
  ['x = = 1', null],
  ['for i do end', null],
  ['for 1 = 1, 2 do end', null],
  ['for i = 1 do end', null],
  ['for i = 1, 2 end', null],
  ['for a, b = 1, 2 do end', null],
  ['local function end', null],
  ['local function f( end', null],
  ['local 1 = 2', null],
  ['local a, = 1', null],
  ['f(', null],
  ['f(1,', null],
  ['f(1 2)', null],
  ['if x then', null],
  ['if x then else', null],
  ['if x then elseif', null],
  ['if x else end', null],
  ['if x\nthen\n  y = 1\nelse\n  z = 2\n', null],
  ['function f() ', null],
  ['function f()\n  return 1\n\n', null],
  ['local t = function()\n  x = 1\n', null],
  ['function f.() end', null],
  ['function f:g:h() end', null],
  ['function (x) end', null],
  ['x = function(a,) end', null],
  ['x = function(1) end', null],
  ['x = function(..., a) end', null],
  ['function f() return ... end', null],
  ['local function f() local t = {...} end', null],
  ['break', null],
  ['if x then break end', null],
  ['function f() while x do local g = function() break end end end', null],
  ['return 1 x = 2', null],
  ['return return', null],
  ['do return end x = 1', null],
  ['while true do break x = 1 end', null],
  ['x = 1 2', null],
  ['f\n(1)', null],
  ['local x = f\n(g)()', null],
  ['x.y:z = 1', null],
  ['x:y', null],
  ['x = a:b', null],
  ['x = a:1()', null],
  ['(x) = 1', null],
  ['x, y() = 1, 2', null],
  ['x, (y) = 1, 2', null],
  ['f() = 1', null],
  ['x', null],
  ['x.y', null],
  ['a.b.c', null],
  ['1 = x', null],
  ['"s" = x', null],
  ['a = {1,2', null],
  ['a = {1,2\n,3\n', null],
  ['a = {[1] 2}', null],
  ['a = {x = }', null],
  ['a = {x y}', null],
  ['a = {[1 = 2}', null],
  ['x = #', null],
  ['x = 1 + ', null],
  ['x = 1 .. 2 3', null],
  ['x = not', null],
  ['x = (1', null],
  ['x = (1,2)', null],
  ['x = a[1', null],
  ['x = a[]', null],
  ['x = a.1', null],
  ['x = }', null],
  ['x = )', null],
  ['x = ]', null],
  ['while true do', null],
  ['while true x = 1 end', null],
  ['repeat x = 1', null],
  ['repeat x = 1 until', null],
  ['until', null],
  ['end', null],
  ['else', null],
  ['elseif x then', null],
  ['do local x = 1', null],
  ['do\n  do\n    x = 1\n  end\n', null],
  ['::lab::', null],
  ['goto lab', null],
  ['local a <const> = 1', null],
  ['x = 1 // 2', null],
  ['x = ~1', null],
  ['x = a & b', null],
  ['x = a ! b', null],
  [';', null],
  ['x = 1;;', null],
  ['local x = 1 local', null],
  ['local function f() end end', null],
  ['x = function() end end', null],
  ['f{', null],
  ['f"', null],
  ['x = {f()', null],
  ['x = y z', null],
  ['return f(', null],
  ['x = "a" "b"', null],
  ['x = 1\r\ny = = 2', null],
  ['x = 1\n\ry = = 2', null],
  ['x = 1\r\ry = = 2', null],
  ['x = 1\n\n\n\ny = = 2', null],
  ['--comment\nx = = 1', null],
  ['x = [[\n\n]] = 1', null],
  // Chunk names.
  ['x = = 1', '=stdin'],
  ['x = = 1', '@file.lua'],
  ['x = = 1', '@' + rep('d/', 30) + 'file.lua'],
  ['x = = 1', '=' + rep('n', 100)],
  ['x =', rep('c', 70)],
  ['x =\n', 'first\nsecond'],
  ['x = 1\ny =', null],
  ['x = = ' + rep('z', 80), null],
  // Limits.
  ['local ' + Array.from({ length: 201 }, (_, i) => 'v' + i).join(', '), null],
  [Array.from({ length: 201 }, (_, i) => 'local v' + i).join('\n'), null],
  ['function f()\n' + Array.from({ length: 201 }, (_, i) => 'local v' + i).join('\n') + '\nend', null],
  [Array.from({ length: 61 }, (_, i) => 'local u' + i).join('\n') +
    '\nfunction f()\n  return ' + Array.from({ length: 61 }, (_, i) => 'u' + i).join(' + ') + '\nend', null],
  ['x = ' + rep('(', 250) + '1' + rep(')', 250), null],
  [rep('do ', 250) + rep('end ', 250), null],
  ['x = ' + rep('{', 250) + rep('}', 250), null],
  ['a' + rep(', a', 250) + ' = 1', null],
  ['function f() a' + rep(', a', 250) + ' = 1 end', null],
  ['a' + rep(', a', 197) + ' = 1', null],
  ['a' + rep(', a', 198) + ' = 1', null],
  ['x = ' + rep('not ', 250) + '1', null],
  ['x = ' + rep('- ', 250) + '1', null],
  ['f(' + Array.from({ length: 260 }, (_, i) => 'a' + i).join(', ') + ')', null],
  ['local t = {' + Array.from({ length: 260 }, (_, i) => 'f()').join(', ') + '}', null],
]

const dir = mkdtempSync(join(tmpdir(), 'tracelua-err-'))
const drv = join(dir, 'drv.lua')
writeFileSync(drv, `
local f = assert(io.open(arg[1], "rb")); local s = f:read("*a"); f:close()
local name = arg[2]
local fn, err
if name then fn, err = loadstring(s, name) else fn, err = loadstring(s) end
io.write(err or "OK")
`)
const out = []
for (let i = 0; i < cases.length; i++) {
  const [src, name] = cases[i]
  const file = join(dir, 'case.lua')
  writeFileSync(file, Buffer.from(src, 'latin1'))
  const args = [drv, file]
  if (name !== null) args.push(name)
  const msg = execFileSync(lua, args).toString('latin1')
  out.push({ src, name, msg })
}
writeFileSync(join(here, 'errors.expected.json'), JSON.stringify(out, null, 1) + '\n')
const nerr = out.filter((c) => c.msg !== 'OK').length
console.log(`recorded ${out.length} cases, ${nerr} errors`)
