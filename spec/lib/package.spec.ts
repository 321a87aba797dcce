// package library: require over package.path with preload/loaders/loaded,
// loop detection, error listings, module/seeall, LuaJIT preloads, search
// path setup from LUA_PATH. Expectations recorded from lua5.1 (osio_run.ts)
// except where a note says why not.
import { describe, it, expect } from 'vitest'
import * as fs from 'node:fs'
import * as os from 'node:os'
import { join } from 'node:path'
import { runCase, runIn, testHost, type Case } from './osio_run'
import { engineNew } from '../../src/vm/engine'
import { hostInstall, hostIONoFs } from '../../src/lib/hostio'
import { LUA_PATH_DEFAULT, LUA_CPATH_DEFAULT } from '../../src/lib/package'

const CASES: Case[] = [
  {
    name: "require: files, module(...), seeall, results",
    files: {"mymod.lua":"module('mymod', package.seeall)\nfunction hello() return 'hello ' .. _NAME .. ' ' .. _PACKAGE .. tostring(_M == mymod) end\n","a/b.lua":"module(...)\nx = 5\n","a/init.lua":"return {init = ...}\n","ret.lua":"print('loading ret', ...)\n","val.lua":"return 42\n","falsy.lua":"return false\n","setsown.lua":"package.loaded[...] = 'own'\n","shebang.lua":"#!/usr/bin/lua\nreturn debug.getinfo(1, \"l\").currentline\n"},
    src: "package.path = TMP .. '/?.lua;' .. TMP .. '/?/init.lua' package.cpath = TMP .. '/?.so' \nprint(require('mymod') == mymod, mymod.hello())\nprint(require('a.b') == a.b, a.b.x, a.b._NAME, a.b._PACKAGE, a.b.print)\nprint(require('a').init)\nprint(require('ret'), package.loaded.ret)\nprint(require('ret'))\nprint(require('val'), require('val'))\nprint(require('falsy'), package.loaded.falsy)\nprint(require('setsown'))\nprint(require('shebang'))\nprint(require(5 .. ''), pcall(require, 5))",
    want: "true\thello mymod true\ntrue\t5\ta.b\ta.\tnil\na\nloading ret\tret\ntrue\ttrue\ntrue\n42\t42\nfalse\tfalse\nown\n2\n--- exit 1\nstdin:11: module '5' not found:\n\tno field package.preload['5']\n\tno file '<TMP>/5.lua'\n\tno file '<TMP>/5/init.lua'\n\tno file '<TMP>/5.so'\n",
  },
  {
    name: "require: errors and loops",
    files: {"loop1.lua":"local x = require('loop2') return x\n","loop2.lua":"local y = require('loop1') return y\n","bad.lua":"x = = 1\n","err.lua":"error('boom')\n","errt.lua":"error({})\n"},
    src: "package.path = TMP .. '/?.lua;' .. TMP .. '/?/init.lua' package.cpath = TMP .. '/?.so' \nprint(pcall(require, 'loop1'))\nprint(pcall(require, 'loop1'))\nprint(pcall(require, 'bad'))\nprint(pcall(require, 'err'))\nprint(pcall(require, 'err'))\nprint(select('#', pcall(require, 'errt')), type(select(2, pcall(require, 'errt'))))\nprint(pcall(require, 'nope.sub'))\nprint(pcall(require))\nprint(pcall(require, {}))",
    want: "false\t<TMP>/loop2.lua:1: loop or previous error loading module 'loop1'\nfalse\tloop or previous error loading module 'loop1'\nfalse\terror loading module 'bad' from file '<TMP>/bad.lua':\n\t<TMP>/bad.lua:1: unexpected symbol near '='\nfalse\t<TMP>/err.lua:1: boom\nfalse\tloop or previous error loading module 'err'\n2\tstring\nfalse\tmodule 'nope.sub' not found:\n\tno field package.preload['nope.sub']\n\tno file '<TMP>/nope/sub.lua'\n\tno file '<TMP>/nope/sub/init.lua'\n\tno file '<TMP>/nope/sub.so'\n\tno file '<TMP>/nope.so'\nfalse\tbad argument #1 to '?' (string expected, got no value)\nfalse\tbad argument #1 to '?' (string expected, got table)\n",
  },
  {
    name: "require: preload and loaded",
    src: "package.path = TMP .. '/?.lua;' .. TMP .. '/?/init.lua' package.cpath = TMP .. '/?.so' \npackage.preload.pre = function(...) print('pre', ...) return {1} end\nprint(require('pre')[1], require('pre')[1])\npackage.preload.none = function() end\nprint(require('none'), package.loaded.none)\npackage.loaded.x = false\nprint(pcall(require, 'x'))\npackage.loaded.y = 'preset'\nprint(require('y'))\nprint(require('string') == string, require('_G') == _G, require('io') == io, require('os') == os, require('coroutine') == coroutine, require('debug') == debug, require('table') == table, require('math') == math, require('package') == package)\nprint(package.loaded == debug.getregistry()._LOADED)\nlocal l = package.loaded; package.loaded = {} print(require('string') == string) package.loaded = l",
    want: "pre\tpre\n1\t1\ntrue\ttrue\nfalse\tmodule 'x' not found:\n\tno field package.preload['x']\n\tno file '<TMP>/x.lua'\n\tno file '<TMP>/x/init.lua'\n\tno file '<TMP>/x.so'\npreset\ntrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ntrue\ntrue\n",
  },
  {
    name: "require: broken package fields",
    src: "package.path = TMP .. '/?.lua;' .. TMP .. '/?/init.lua' package.cpath = TMP .. '/?.so' \nlocal path = package.path\npackage.path = 5\nprint(pcall(require, 'zz'))\npackage.path = {}\nprint(pcall(require, 'zz'))\npackage.path = TMP .. '/?.lua;;;' .. TMP .. '/x/?.lua'\npackage.cpath = ''\nprint(pcall(require, 'zz.yy'))\npackage.preload = nil\nprint(pcall(require, 'zz'))\npackage.preload = {}\nlocal loaders = package.loaders\npackage.loaders = nil\nprint(pcall(require, 'zz'))\npackage.loaders = {function(n) return 'one ' .. n end, function() return 7 end, function() return {} end, function(n) return function(...) return 'got ' .. ... end end}\nprint(require('zz'))\npackage.loaders = loaders\nlocal p = package; package = nil\nprint(pcall(p.loaders[1]))\nprint(p.loaders[1]('qq'))",
    want: "false\tmodule 'zz' not found:\n\tno field package.preload['zz']\n\tno file '5'\n\tno file '<TMP>/zz.so'\nfalse\t'package.path' must be a string\nfalse\tmodule 'zz.yy' not found:\n\tno field package.preload['zz.yy']\n\tno file '<TMP>/zz/yy.lua'\n\tno file '<TMP>/x/zz/yy.lua'\nfalse\t'package.preload' must be a table\nfalse\t'package.loaders' must be a table\ngot zz\nfalse\tbad argument #1 to '?' (string expected, got no value)\n\n\tno field package.preload['qq']\n",
  },
  {
    name: "module and seeall",
    src: "package.path = TMP .. '/?.lua;' .. TMP .. '/?/init.lua' package.cpath = TMP .. '/?.so' \nprint(pcall(module, 'string'))\nprint(pcall(module, 'print.x'))\nprint(pcall(module))\nlocal f = loadstring(\"local type = type module('m1.m2') return _NAME, _PACKAGE, type(_M), print\")\nprint(f())\nprint(m1.m2._NAME, m1.m2._M == m1.m2, getfenv(f) == m1.m2, package.loaded['m1.m2'] == m1.m2)\nlocal g = loadstring(\"module('m1.m2', function(m) m.opt = true end, package.seeall) return opt, print ~= nil\")\nprint(g())\nexisting = {}\nlocal h = loadstring(\"module('existing') return _NAME\")\nprint(h(), existing._NAME, package.loaded.existing == existing)\npackage.loaded.pre = {_NAME = 'already'}\nlocal k = loadstring(\"module('pre') return _NAME, _M\")\npackage.loaded.pre._M = 'm' \nprint(k())\nprint(type(package.seeall), pcall(package.seeall, 5))\nlocal t = {} package.seeall(t) print(getmetatable(t).__index == _G)\nlocal u = setmetatable({}, {x = 1}) package.seeall(u) print(getmetatable(u).x, getmetatable(u).__index == _G)",
    want: "false\t'module' not called from a Lua function\nfalse\tname conflict for module 'print.x'\nfalse\tbad argument #1 to '?' (string expected, got no value)\nm1.m2\tm1.\ttable\tnil\nm1.m2\ttrue\ttrue\ttrue\ntrue\ttrue\nexisting\texisting\ttrue\nalready\tm\nfunction\tfalse\tbad argument #1 to '?' (table expected, got number)\ntrue\n1\ttrue\n",
  },
  {
    name: "package fields",
    src: "\nprint(package.config == '/\\n;\\n?\\n!\\n-', #package.loaders, type(package.preload), type(package.loaded))\nprint(package.path)\nprint(package.cpath)\nlocal ks = {} for k in pairs(package) do ks[#ks+1] = k end table.sort(ks) print(table.concat(ks, ' '))\nprint(debug.getfenv(require) == package, debug.getfenv(package.loaders[2]) == package)",
    want: "true\t4\ttable\ttable\n./?.lua;/usr/local/share/lua/5.1/?.lua;/usr/local/share/lua/5.1/?/init.lua;/usr/local/lib/lua/5.1/?.lua;/usr/local/lib/lua/5.1/?/init.lua;/usr/share/lua/5.1/?.lua;/usr/share/lua/5.1/?/init.lua\n./?.so;/usr/local/lib/lua/5.1/?.so;/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;/usr/lib/lua/5.1/?.so;/usr/local/lib/lua/5.1/loadall.so\nconfig cpath loaded loaders loadlib path preload seeall\ntrue\ttrue\n",
  },
]

describe('package library (recorded from lua5.1)', () => {
  for (const c of CASES) it(c.name, () => { expect(runCase(c)).toBe(c.want) })
})

describe('package: C modules and search paths', () => {
  it('a C module file found on cpath cannot be loaded (5.1 built without dlopen)', () => {
    const dir = fs.mkdtempSync(join(os.tmpdir(), 'tracelua_'))
    try {
      fs.writeFileSync(join(dir, 'cmod.so'), 'x')
      const r = runIn("package.path = '' package.cpath = TMP .. '/?.so' " +
        "print(pcall(require, 'cmod')) print(pcall(require, 'cmod.sub')) print(package.loadlib('a', 'b'))", dir, testHost())
      expect(r.out.split(dir).join('<TMP>')).toBe(
        "false\terror loading module 'cmod' from file '<TMP>/cmod.so':\n" +
        '\tdynamic libraries not enabled; check your Lua installation\n' +
        "false\terror loading module 'cmod.sub' from file '<TMP>/cmod.so':\n" +
        '\tdynamic libraries not enabled; check your Lua installation\n' +
        'nil\tdynamic libraries not enabled; check your Lua installation\tabsent\n')
    } finally { fs.rmSync(dir, { recursive: true, force: true }) }
  })
  it('LUA_PATH / LUA_CPATH from the host environment, ";;" = the default', () => {
    const L = engineNew()
    const env: Record<string, string> = { LUA_PATH: '/a/?.lua;;/b/?.lua', LUA_CPATH: ';;' }
    hostInstall(L, { ...hostIONoFs(), env: (n: string) => env[n] ?? null })
    const dir = fs.mkdtempSync(join(os.tmpdir(), 'tracelua_'))
    try {
      const r = runIn('print(package.path) print(package.cpath)', dir,
        { ...testHost(), env: (n: string) => env[n] ?? null })
      expect(r.out).toBe('/a/?.lua;' + LUA_PATH_DEFAULT + ';/b/?.lua\n;' + LUA_CPATH_DEFAULT + ';\n')
    } finally { fs.rmSync(dir, { recursive: true, force: true }) }
  })
  it('without a filesystem, require lists the paths it could not read', () => {
    const dir = fs.mkdtempSync(join(os.tmpdir(), 'tracelua_'))
    try {
      const r = runIn("package.cpath = '' print(pcall(require, 'nope'))", dir, hostIONoFs())
      expect(r.out).toBe("false\tmodule 'nope' not found:\n\tno field package.preload['nope']" +
        LUA_PATH_DEFAULT.split(';').map((p) => "\n\tno file '" + p.replace('?', 'nope') + "'").join('') + '\n')
    } finally { fs.rmSync(dir, { recursive: true, force: true }) }
  })
})
