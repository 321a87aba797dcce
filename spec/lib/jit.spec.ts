// jit library: LuaJIT's jit module without a compiler behind it, recorded
// with `luajit - < prog` (CPU feature flags removed from jit.status()).
import { describe, it, expect } from 'vitest'
import { runLua } from '../helpers/run'
import { engineNew, engineDoBuffer } from '../../src/vm/engine'
import { jitLibState, JitParam, JitOpt, JIT_OPT_DEFAULT } from '../../src/lib/jit'
import { PROTO_NOJIT } from '../../soa/proto'
import { tabGetStr } from '../../src/rt/tab'
import { strFromJS } from '../../src/rt/str'

/** Run [src] as chunk "=stdin"; stdout plus a final "--- error: msg" line. */
function run(src: string): string {
  const r = runLua(src, '=stdin')
  return r.error === null ? r.out : r.out + '--- error: ' + r.error + '\n'
}

const CASES = String.raw`print(type(jit), type(bit), jit.version_num, type(jit.os), type(jit.arch))
print(jit.status())
jit.off() print(jit.status()) jit.on()
print(jit.opt.start('hotloop=10','-fold')) print(jit.status())
print(pcall(jit.opt.start,'foo')) print(pcall(jit.opt.start,'hotloop=x')) print(pcall(jit.opt.start, 3))
jit.opt.start(3) print(jit.status()) jit.opt.start(0) print(jit.status()) jit.opt.start() print(jit.status())
print(pcall(jit.on, 1)) print(pcall(jit.on, function() end, true)) print(jit.flush()) print(pcall(jit.attach, print, 'trace')) print(pcall(jit.off, 'x'))
print(pcall(jit.on, print)) print(pcall(jit.attach)) print(pcall(jit.attach, print, 1)) print(pcall(jit.attach, print, {}))
print(pcall(jit.opt.start, 'hotloop=')) print(pcall(jit.opt.start, 'nofold', 'no-cse', '+fold', '4', '12')) print(jit.status())
print(pcall(jit.flush, 1.5)) print(pcall(jit.flush, 'x')) print(pcall(jit.flush, '3')) print(pcall(jit.on, true, 1)) print(pcall(jit.on, true, true))
print(pcall(jit.security)) print(jit.security('prng')) print(pcall(jit.security, 'x'))
print(jit.opt.start('nofold', 'no-dce', '-loop')) print(jit.status())
local function f() jit.off(true, true) return 1 end print(f())
print(pcall(jit.opt.start, 'hotloop=-1'), pcall(jit.opt.start, 'hotloop=4294967295'), pcall(jit.opt.start, 'hotloop=2147483647'))
print(pcall(jit.opt.start, 'hot=1'), pcall(jit.opt.start, 'maxmcode=1=2'))
`

const CASES_OUT = `table	table	20100	string	string
true	fold	cse	dce	fwd	dse	narrow	loop	abc	sink	fuse
false	fold	cse	dce	fwd	dse	narrow	loop	abc	sink	fuse

true	cse	dce	fwd	dse	narrow	loop	abc	sink	fuse
false	unknown or malformed optimization flag 'foo'
false	unknown or malformed optimization flag 'hotloop=x'
true
true	fold	cse	dce	fwd	dse	narrow	loop	abc	sink	fuse
true
true	fold	cse	dce	fwd	dse	narrow	loop	abc	sink	fuse
false	bad argument #1 to '?' (function expected, got number)
true

true
false	bad argument #1 to '?' (function expected, got string)
false	bad argument #1 to '?' (function expected, got function)
false	bad argument #1 to '?' (function expected, got no value)
true
false	bad argument #2 to '?' (string expected, got table)
true
false	unknown or malformed optimization flag '12'
true	fold	cse	dce	fwd	dse	narrow	loop	abc	sink	fuse
true
false	bad argument #1 to '?' (function expected, got string)
false	bad argument #1 to '?' (function expected, got string)
false	bad argument #1 to '?' (function expected, got boolean)
false	bad argument #1 to '?' (function expected, got boolean)
false	bad argument #1 to '?' (string expected, got no value)
1
false	bad argument #1 to '?' (invalid option 'x')

true	cse	fwd	dse	narrow	abc	sink	fuse
1
false	true	true
false	false	unknown or malformed optimization flag 'maxmcode=1=2'
`

describe('jit library', () => {
  it('matches luajit: on/off/flush/status/attach/security and jit.opt.start', () => {
    expect(run(CASES)).toBe(CASES_OUT)
  })

  it('identifies itself as LuaJIT 2.1', () => {
    expect(run('print(jit.version, jit.version_num)')).toBe('LuaJIT 2.1.0-tracelua\t20100\n')
  })

  it('keeps the settings the JIT reads in jitLibState', () => {
    const L = engineNew()
    const J = jitLibState(L)
    expect(J.on).toBe(true)
    expect(J.flags).toBe(JIT_OPT_DEFAULT)
    expect(J.param[JitParam.hotloop]).toBe(56)
    const src = `
      jit.opt.start("hotloop=7", "-fold", "sizemcode=5")
      jit.off()
      local function f() return 1 end
      jit.off(f)
      g = f
    `
    engineDoBuffer(L, new TextEncoder().encode(src), '=stdin')
    expect(J.on).toBe(false)
    expect(J.param[JitParam.hotloop]).toBe(7)
    expect(J.param[JitParam.sizemcode]).toBe(8)
    expect(J.flags & (1 << JitOpt.fold)).toBe(0)
    expect(J.flushes).toBe(1)
    const H = L.H
    const gs = tabGetStr(H, H.globals, strFromJS(H, 'g'))
    const pt = H.fnProto[H.vU[2 * gs]]
    expect(H.ptFlags[pt] & PROTO_NOJIT).toBe(PROTO_NOJIT)
    engineDoBuffer(L, new TextEncoder().encode('jit.on(g)'), '=stdin')
    expect(H.ptFlags[pt] & PROTO_NOJIT).toBe(0)
    // another engine has its own settings
    expect(jitLibState(engineNew()).on).toBe(true)
  })
})
