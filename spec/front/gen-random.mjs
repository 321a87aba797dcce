#!/usr/bin/env node
// Random Lua 5.1 program generator for differential testing of the front
// end: `node gen-random.mjs <seed> [depth]` prints a program; compare
// `luajit -bl` with bcList(compile(...)) for valid ones, and lua5.1's
// loadstring message with LuaCompileError.message for invalid ones.
// (spec/front/corpus/random*.lua came from it; 1200 programs matched.)
let s = Number(process.argv[2] || 1)
const r = (n) => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s % n }
const pick = (a) => a[r(a.length)]
let locals = [], depth = 0, inLoop = 0, vararg = true, nloc = 0
function name() { return pick(['a', 'b', 'c', 'x', 'y', 'g', 't', 'pairs', 'next', 'f']) }
function lval() {
  const k = r(6)
  if (k < 2 && locals.length) return pick(locals)
  if (k === 2) return name()
  if (k === 3) return prefix() + '.' + pick(['f', 'x', 'y'])
  if (k === 4) return prefix() + '[' + expr(2) + ']'
  return name()
}
function prefix() { return locals.length && r(2) ? pick(locals) : name() }
function num() { return pick(['0', '1', '2', '-1', '0.5', '3.25', '1e10', '255', '256', '32767', '32768', '-32768', '1e-3', '0x10', '2^53', '0', '1/0']) }
function expr(d) {
  if (d <= 0) return pick([num(), '"s"', '"t"', 'nil', 'true', 'false', locals.length ? pick(locals) : name(), name(), ...(vararg ? ['...'] : [])])
  const k = r(14)
  switch (k) {
    case 0: return expr(d - 1) + ' ' + pick(['+', '-', '*', '/', '%', '^', '..']) + ' ' + expr(d - 1)
    case 1: return expr(d - 1) + ' ' + pick(['==', '~=', '<', '<=', '>', '>=']) + ' ' + expr(d - 1)
    case 2: return expr(d - 1) + ' ' + pick(['and', 'or']) + ' ' + expr(d - 1)
    case 3: return pick(['not ', '-', '#']) + expr(d - 1)
    case 4: return '(' + expr(d - 1) + ')'
    case 5: return prefix() + '(' + args(d - 1) + ')'
    case 6: return prefix() + ':' + pick(['m', 'n']) + '(' + args(d - 1) + ')'
    case 7: return '{' + tfields(d - 1) + '}'
    case 8: return prefix() + '.' + pick(['f', 'x']) 
    case 9: return prefix() + '[' + expr(d - 1) + ']'
    case 10: return 'function(' + pick(['', 'p', 'p, q', '...', 'p, ...']) + ') ' + block(d - 1, true) + ' end'
    default: return expr(0)
  }
}
function args(d) { const n = r(4); const a = []; for (let i = 0; i < n; i++) a.push(expr(d)); return a.join(', ') }
function tfields(d) { const n = r(5); const a = []; for (let i = 0; i < n; i++) { const k = r(4); a.push(k === 0 ? pick(['x', 'y', 'z']) + ' = ' + expr(d) : k === 1 ? '[' + expr(d) + '] = ' + expr(d) : expr(d)) } return a.join(pick([', ', '; '])) }
function stmt(d) {
  const k = r(16)
  switch (k) {
    case 0: { const n = 1 + r(3); const vs = []; for (let i = 0; i < n; i++) vs.push('l' + (nloc++)); const e = r(3) ? ' = ' + args(d) || ' = 1' : ''; const st = 'local ' + vs.join(', ') + (e === ' = ' ? '' : e); locals.push(...vs); return st }
    case 1: { const n = 1 + r(3); const ls = []; for (let i = 0; i < n; i++) ls.push(lval()); return ls.join(', ') + ' = ' + (args(d) || 'nil') }
    case 2: return prefix() + '(' + args(d) + ')'
    case 3: return 'if ' + expr(d) + ' then ' + block(d - 1) + (r(2) ? ' elseif ' + expr(d) + ' then ' + block(d - 1) : '') + (r(2) ? ' else ' + block(d - 1) : '') + ' end'
    case 4: { inLoop++; const b = 'while ' + expr(d) + ' do ' + block(d - 1) + ' end'; inLoop--; return b }
    case 5: { inLoop++; const v = 'i' + (nloc++); const save = locals.length; const hdr = 'for ' + v + ' = ' + expr(d) + ', ' + expr(d) + (r(2) ? ', ' + expr(d) : '') + ' do '; locals.push(v); const b = hdr + block(d - 1) + ' end'; locals.length = save; inLoop--; return b }
    case 6: { inLoop++; const k1 = 'k' + (nloc++), v1 = 'v' + (nloc++); const save = locals.length; const hdr = 'for ' + k1 + ', ' + v1 + ' in ' + pick(['pairs(' + expr(d) + ')', 'next, ' + expr(d), 'ipairs(t)', expr(d)]) + ' do '; locals.push(k1, v1); const b = hdr + block(d - 1) + ' end'; locals.length = save; inLoop--; return b }
    case 7: { inLoop++; const save = locals.length; const b = 'repeat ' + block(d - 1, false, true) + ' until ' + expr(d); locals.length = save; inLoop--; return b }
    case 8: return 'do ' + block(d - 1) + ' end'
    case 9: return 'local function lf' + (nloc++) + '(' + pick(['', 'p', 'p, ...']) + ') ' + block(d - 1, true) + ' end'
    case 10: return 'function ' + pick(['gf', 't.f', 't.x.y', 't:m']) + '(' + pick(['', 'p', '...']) + ') ' + block(d - 1, true) + ' end'
    case 11: return inLoop && r(3) === 0 ? 'if ' + expr(1) + ' then break end' : prefix() + '(' + args(d) + ')'
    default: return lval() + ' = ' + expr(d)
  }
}
function block(d, isfunc = false, keepLocals = false) {
  const save = locals.length, svLoop = inLoop, svVa = vararg
  if (isfunc) { inLoop = 0; vararg = true }
  const n = d <= 0 ? r(2) : 1 + r(4)
  const out = []
  for (let i = 0; i < n; i++) out.push(stmt(Math.max(0, d)))
  if (r(4) === 0) out.push('return ' + args(1))
  else if (inLoop && r(6) === 0) out.push('break')
  if (!keepLocals) locals.length = save
  inLoop = svLoop; vararg = svVa
  return out.join('\n')
}
console.log(block(Number(process.argv[3] || 3)))
